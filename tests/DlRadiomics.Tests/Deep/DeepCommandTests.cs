using DlRadiomics.Tables;
using DlRadiomics.Tests.Cohort;

namespace DlRadiomics.Tests.Deep;

/// <summary><c>dlr deep</c> on the command line: exit codes, what it prints, what it writes.</summary>
public sealed class DeepCommandTests(SmallSyntheticCohort cohort) : IClassFixture<SmallSyntheticCohort>, IDisposable
{
    private readonly TempFolder dir = new();
    private readonly string tiny = DeepGolden.File("tiny_pool3.onnx");

    public void Dispose() => dir.Dispose();

    [Fact]
    public void An_images_manifest_plane_is_embedded_the_network_is_named_and_inputs_are_dumped()
    {
        string output = dir.PathOf("deep.csv"), inputs = dir.PathOf("inputs");
        var (code, _, err) = CliRun.Run("deep", "--manifest", cohort.Paths.SurgicalRiskImages!, "--plane", "axial", "--model", tiny,
            "--dump-inputs", inputs, "--batch", "3", "--out", output);
        Assert.True(code == 0, err);
        Assert.Contains("dlr deep: network tiny_pool3", err);
        Assert.Contains("8 of 8 cases embedded by tiny_pool3 (output pooled)", err);
        var table = CsvTable.Read(output);
        Assert.Equal(["dl_0", "dl_1", "dl_2"], table.ColumnNames.TakeLast(3));
        Assert.Equal(8, Directory.GetFiles(inputs, "*.npy").Length);
        Assert.All(table.Rows, r => Assert.Contains("axial_canal_rater1_repeat1", r.Cell(table.ColumnIndex("Mask"))));
    }

    [Theory]
    [InlineData("--roi-kind", "disc", "need --plane")]
    [InlineData("--plane", "coronal", "--plane must be sagittal or axial")]
    [InlineData("--batch", "0", "--batch must be at least 1")]
    public void Usage_mistakes_exit_2(string option, string value, string message)
    {
        var (code, _, err) = CliRun.Run("deep", "--manifest", cohort.Paths.SurgicalRiskImages!, option, value, "--out", dir.PathOf("x.csv"));
        Assert.Equal(2, code);
        Assert.Contains(message, err);
    }

    [Fact]
    public void An_existing_output_is_a_usage_error_without_force()
    {
        string output = dir.Write("deep.csv", "old\n");
        var (code, _, err) = CliRun.Run("deep", "--manifest", cohort.Paths.SurgicalRiskImages!, "--plane", "sagittal", "--model", tiny, "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("--force", err);
        Assert.Equal("old\n", File.ReadAllText(output));
    }

    [Fact]
    public void A_failing_case_exits_1_after_the_others_are_written()
    {
        string manifest = dir.Write("cases.csv", $"ID,Image,Mask\nbad,{dir.PathOf("none.nii.gz")},{dir.PathOf("none_mask.nii.gz")}\n");
        string output = dir.PathOf("deep.csv");
        var (code, _, err) = CliRun.Run("deep", "--manifest", manifest, "--model", tiny, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("case bad failed", err);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void A_model_without_an_image_input_exits_1_naming_its_input()
    {
        var (code, _, err) = CliRun.Run("deep", "--manifest", cohort.Paths.SurgicalRiskImages!, "--plane", "sagittal",
            "--model", DeepGolden.File("tiny_grey_input.onnx"), "--out", dir.PathOf("deep.csv"));
        Assert.Equal(1, code);
        Assert.Contains("N×1×224×224", err);
    }
}
