using System.Text;

namespace DlRadiomics.Tests.Radiomics.Batch;

/// <summary>A malformed file in a manifest fails its own case, named in its row and on stderr; the batch goes on.</summary>
public sealed class BatchRobustnessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dlr-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_NRRD_with_stray_bytes_in_sizes_fails_only_its_case()
    {
        string manifest = SyntheticManifest.Write(_dir, 4);
        var crop = File.ReadAllBytes(RepoPaths.Fixture("Radiomics/LoG/brain1_crop.nrrd"));
        string broken = Path.Combine(_dir, "broken.nrrd");
        string header = Encoding.Latin1.GetString(crop, 0, crop.AsSpan().IndexOf("\n\n"u8));
        File.WriteAllBytes(broken, [.. Encoding.Latin1.GetBytes(header.Replace("sizes: 36 36 8", "sizes: 36 3\u00016 8")), .. crop[header.Length..]]);
        File.AppendAllText(manifest, "broken,broken.nrrd,broken.nrrd\n");

        string output = Path.Combine(_dir, "features.csv");
        var (code, _, err) = CliRun.Run("extract", "--manifest", manifest, "--out", output, "--jobs", "2");

        Assert.Equal(1, code);
        Assert.Contains($"case broken failed: {broken}: NRRD field 'sizes': '3\\x016' is not an integer", err);
        Assert.Contains("4 of 5 cases extracted", err);
        var table = DlRadiomics.Tables.CsvTable.Read(output).EnsureRectangular();
        Assert.Equal(5, table.RowCount);
        Assert.Equal(["", "", "", ""], table.Text("error").Take(4));
    }
}
