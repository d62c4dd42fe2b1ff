namespace Discourse.Scoring.Tests.Support;

/// <summary>Files written by a test into a fresh temporary folder.</summary>
public static class TempFiles
{
    public static string Write(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
