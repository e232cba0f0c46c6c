using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Tables;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_write_that_fails_halfway_leaves_the_old_file_and_no_temporary_one()
    {
        string path = Path.Combine(_dir, "out.json");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, overwrite: true, stream =>
        {
            stream.Write("new, half"u8);
            throw new InvalidOperationException("interrupted");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_existing_file_is_replaced_only_when_asked()
    {
        string path = Path.Combine(_dir, "out.csv");
        AtomicFile.WriteText(path, overwrite: false, "a");
        var refused = Assert.Throws<IOException>(() => AtomicFile.WriteText(path, overwrite: false, "b"));
        Assert.Contains("--force", refused.Message);
        Assert.Equal("a", File.ReadAllText(path));
        AtomicFile.WriteText(path, overwrite: true, "b");
        Assert.Equal("b", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }
}
