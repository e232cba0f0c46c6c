using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Radiomics.Batch;

/// <summary><c>dlr extract --shard K/N</c> and <c>dlr merge</c> on the command line: rows, exit codes, messages.</summary>
public sealed class ShardCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-shard-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out(string name) => Path.Combine(_dir, name);

    [Fact]
    public void A_shard_extracts_every_Nth_row_starting_at_row_K()
    {
        string manifest = SyntheticManifest.Write(_dir, 8);
        var (code, _, err) = CliRun.Run("extract", "--manifest", manifest, "--shard", "2/3", "--out", Out("part.csv"), "--jobs", "1");
        Assert.True(code == 0, err);
        Assert.Equal(["case002", "case005", "case008"], CsvTable.Read(Out("part.csv")).Text("ID"));
        Assert.Contains("shard 2/3: 3 of 3 cases extracted", err);
    }

    [Theory]
    [InlineData("4/3", "got '4/3'")]
    [InlineData("two/3", "got 'two/3'")]
    public void A_malformed_shard_is_a_usage_error(string shard, string expected)
    {
        string manifest = SyntheticManifest.Write(_dir, 2);
        var (code, _, err) = CliRun.Run("extract", "--manifest", manifest, "--shard", shard, "--out", Out("part.csv"));
        Assert.Equal(2, code);
        Assert.Contains(expected, err);
        Assert.False(File.Exists(Out("part.csv")));
    }

    [Fact]
    public void A_shard_needs_a_manifest()
    {
        string image = RepoPaths.Fixture("Imaging/nifti/int16.nii");
        var (code, _, err) = CliRun.Run("extract", "--image", image, "--mask", image, "--shard", "1/2", "--out", Out("part.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--shard needs --manifest", err);
    }

    [Fact]
    public void Merge_joins_shards_into_the_single_process_table()
    {
        string manifest = SyntheticManifest.Write(_dir, 5);
        Assert.Equal(0, CliRun.Run("extract", "--manifest", manifest, "--out", Out("single.csv")).Code);
        Assert.Equal(0, CliRun.Run("extract", "--manifest", manifest, "--shard", "1/2", "--out", Out("p1.csv")).Code);
        Assert.Equal(0, CliRun.Run("extract", "--manifest", manifest, "--shard", "2/2", "--out", Out("p2.csv")).Code);
        var (code, _, err) = CliRun.Run("merge", "--manifest", manifest, "--out", Out("all.csv"), Out("p2.csv"), Out("p1.csv"));
        Assert.True(code == 0, err);
        Assert.Contains("5 cases merged", err);
        Assert.Equal(File.ReadAllBytes(Out("single.csv")), File.ReadAllBytes(Out("all.csv")));

        var again = CliRun.Run("merge", "--manifest", manifest, "--out", Out("all.csv"), Out("p1.csv"), Out("p2.csv"));
        Assert.Equal(2, again.Code);
        Assert.Contains("already exists; pass --force", again.Err);
        Assert.Equal(0, CliRun.Run("merge", "--manifest", manifest, "--out", Out("all.csv"), "--force", Out("p1.csv"), Out("p2.csv")).Code);
    }

    [Fact]
    public void Merge_names_missing_cases_and_exits_1_without_writing()
    {
        string manifest = SyntheticManifest.Write(_dir, 5);
        Assert.Equal(0, CliRun.Run("extract", "--manifest", manifest, "--shard", "1/2", "--out", Out("p1.csv")).Code);
        var (code, _, err) = CliRun.Run("merge", "--manifest", manifest, "--out", Out("all.csv"), Out("p1.csv"));
        Assert.Equal(1, code);
        Assert.Contains("2 of 5 cases", err);
        Assert.Contains("'case002', 'case004'", err);
        Assert.False(File.Exists(Out("all.csv")));
    }
}
