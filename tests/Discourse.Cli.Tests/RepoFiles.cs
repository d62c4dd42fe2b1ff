namespace Discourse.Cli.Tests;

/// <summary>Files of the repository (the seeds), found from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Root, "seeds"), prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Discourse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Discourse.sln not found above the test folder");
    }
}
