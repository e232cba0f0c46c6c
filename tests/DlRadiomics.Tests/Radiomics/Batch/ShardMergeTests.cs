using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Tests.Radiomics.Batch;

/// <summary>Sharding a manifest and merging the shard tables gives the single-process table, byte for byte.</summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-shard-").FullName;
    private readonly RadiomicsExtractor _extractor = new(ParameterFile.Parse("featureClass:\n  firstorder:\n  glcm: [Contrast, JointEntropy]\n  shape: [VoxelVolume]\n"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Shards_are_round_robin_and_cover_every_row_once()
    {
        int[] rows = Enumerable.Range(0, 10).ToArray();
        Assert.Equal([0, 3, 6, 9], ManifestShard.Parse("1/3").Select(rows));
        Assert.Equal([1, 4, 7], ManifestShard.Parse("2/3").Select(rows));
        Assert.Equal([2, 5, 8], ManifestShard.Parse("3/3").Select(rows));
        Assert.Equal(rows, ManifestShard.All.Select(rows));
        Assert.Equal([7], ManifestShard.Parse("8/8").Select(Enumerable.Range(0, 8).ToArray()));
        Assert.Empty(ManifestShard.Parse("5/5").Select(rows[..3]));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("a/b")]
    [InlineData("1/3/5")]
    public void A_malformed_shard_is_refused_naming_it(string text) =>
        Assert.Contains($"'{text}'", Assert.Throws<FormatException>(() => ManifestShard.Parse(text)).Message);

    /// <summary>Extracts the manifest's shard K/N (or all of it) into <paramref name="output"/>, as dlr extract --shard does.</summary>
    private void Extract(string manifest, ManifestShard shard, string output) =>
        FeatureTable.Write(output, BatchExtraction.Run(shard.Select(ExtractionManifest.Read(manifest)), _extractor, jobs: 2), overwrite: false);

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Merged_shards_equal_the_single_process_table(int shards)
    {
        string manifest = SyntheticManifest.Write(_dir, 10, emptyMasks: 4);
        string single = Path.Combine(_dir, "single.csv");
        Extract(manifest, ManifestShard.All, single);
        var parts = Enumerable.Range(1, shards).Select(k =>
        {
            string part = Path.Combine(_dir, $"part{k}.csv");
            Extract(manifest, new ManifestShard(k, shards), part);
            return part;
        }).Reverse().ToArray();

        string merged = Path.Combine(_dir, "all.csv");
        var result = FeatureTableMerge.Merge(new FeatureTableMergeOptions(manifest, parts, merged));
        Assert.Equal(10, result.Cases);
        Assert.Equal(1, result.FailedCases);
        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(merged));
        Assert.Contains(",error", File.ReadLines(merged).First());
    }

    [Fact]
    public void Missing_cases_are_named_and_nothing_is_written()
    {
        string manifest = SyntheticManifest.Write(_dir, 7);
        string part1 = Path.Combine(_dir, "part1.csv"), part3 = Path.Combine(_dir, "part3.csv");
        Extract(manifest, new ManifestShard(1, 3), part1);
        Extract(manifest, new ManifestShard(3, 3), part3);
        string merged = Path.Combine(_dir, "all.csv");
        var e = Assert.Throws<ShardMergeException>(() => FeatureTableMerge.Merge(new FeatureTableMergeOptions(manifest, [part1, part3], merged)));
        Assert.Equal(["case002", "case005"], e.MissingIds);
        Assert.Contains("'case002', 'case005'", e.Message);
        Assert.False(File.Exists(merged));
    }

    [Fact]
    public void A_case_in_two_tables_is_refused_naming_both()
    {
        string manifest = SyntheticManifest.Write(_dir, 4);
        string part = Path.Combine(_dir, "part.csv"), again = Path.Combine(_dir, "again.csv");
        Extract(manifest, new ManifestShard(1, 2), part);
        File.Copy(part, again);
        string other = Path.Combine(_dir, "other.csv");
        Extract(manifest, new ManifestShard(2, 2), other);
        var e = Assert.Throws<ShardMergeException>(() => FeatureTableMerge.Merge(new FeatureTableMergeOptions(manifest, [part, other, again], Path.Combine(_dir, "all.csv"))));
        Assert.Contains("case 'case001' appears twice", e.Message);
        Assert.Contains(part, e.Message);
        Assert.Contains(again, e.Message);
    }

    [Fact]
    public void A_case_not_in_the_manifest_is_refused()
    {
        string manifest = SyntheticManifest.Write(_dir, 3);
        string part = Path.Combine(_dir, "part.csv");
        Extract(manifest, ManifestShard.All, part);
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith("case002", StringComparison.Ordinal)));
        var e = Assert.Throws<ShardMergeException>(() => FeatureTableMerge.Merge(new FeatureTableMergeOptions(manifest, [part], Path.Combine(_dir, "all.csv"))));
        Assert.Contains("case 'case002' is not in the manifest", e.Message);
    }

    [Fact]
    public void An_existing_output_is_replaced_only_when_asked()
    {
        string manifest = SyntheticManifest.Write(_dir, 2);
        string part = Path.Combine(_dir, "part.csv"), merged = Path.Combine(_dir, "all.csv");
        Extract(manifest, ManifestShard.All, part);
        File.WriteAllText(merged, "old");
        Assert.Throws<IOException>(() => FeatureTableMerge.Merge(new FeatureTableMergeOptions(manifest, [part], merged)));
        Assert.Equal("old", File.ReadAllText(merged));
        FeatureTableMerge.Merge(new FeatureTableMergeOptions(manifest, [part], merged, Overwrite: true));
        Assert.Equal(File.ReadAllBytes(part), File.ReadAllBytes(merged));
    }
}
