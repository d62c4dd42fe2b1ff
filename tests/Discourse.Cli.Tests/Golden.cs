using System.Runtime.CompilerServices;

namespace Discourse.Cli.Tests;

/// <summary>
/// Compares output with a committed expectation file beside the tests. Set DISCOURSE_UPDATE_GOLDEN=1 to rewrite the
/// files deliberately, then review the diff.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("DISCOURSE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with DISCOURSE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }
}
