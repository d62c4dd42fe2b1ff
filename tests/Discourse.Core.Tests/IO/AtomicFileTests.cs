using Discourse.Core.IO;

namespace Discourse.Core.Tests.IO;

public class AtomicFileTests
{
    [Fact]
    public void Failure_midway_leaves_the_old_file_and_no_temporary_file()
    {
        var dir = Directory.CreateTempSubdirectory("discourse-atomic").FullName;
        var path = Path.Combine(dir, "out.txt");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write("half of the new");
            throw new InvalidOperationException("disk gone");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Success_replaces_the_file_whole()
    {
        var dir = Directory.CreateTempSubdirectory("discourse-atomic").FullName;
        var path = Path.Combine(dir, "sub", "out.txt");

        AtomicFile.WriteText(path, w => w.Write("new content"));

        Assert.Equal("new content", File.ReadAllText(path));
        Directory.Delete(dir, recursive: true);
    }
}
