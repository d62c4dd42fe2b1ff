namespace Discourse.Cli;

/// <summary>Process exit codes: 0 success, 1 a check that failed, 2 bad usage or bad input.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int CheckFailed = 1;
    public const int BadInput = 2;
    public const int InternalError = 70;
}
