using System.Text.Json;
using DlRadiomics.Deep;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Tests.Deep;

/// <summary>The DLR fusion against scikit-learn's PCA + StandardScaler (Golden/Deep/make_golden_fusion.py).</summary>
public class DlrFusionTests
{
    private static readonly JsonElement Inputs = JsonDocument.Parse(File.ReadAllText(DeepGolden.File("fusion_inputs.json"))).RootElement;
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(DeepGolden.File("fusion_golden.json"))).RootElement;

    private static double[][] Rows(JsonElement e, string name) =>
        e.GetProperty(name).EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    private static FittedDlrFusion Fitted() => DlrFusion.Fit(Rows(Inputs, "rad_train"), ["r1", "r2", "r3", "r4", "r5"],
        [new DeepFeatureBlock("DL_SAG", Rows(Inputs, "sag_train")), new DeepFeatureBlock("DL_AXI", Rows(Inputs, "axi_train"))],
        new DlrFusionOptions(Components: Inputs.GetProperty("components").GetInt32()));

    [Theory]
    [InlineData("train", "rad_train", "sag_train", "axi_train")]
    [InlineData("test", "rad_test", "sag_test", "axi_test")]
    public void Fused_rows_match_scikit_learn(string cohort, string radiomics, string sagittal, string axial)
    {
        var fused = Fitted().Transform(Rows(Inputs, radiomics), [Rows(Inputs, sagittal), Rows(Inputs, axial)]);
        var expected = Rows(Golden, cohort);
        Assert.Equal(expected.Length, fused.Length);
        for (int i = 0; i < expected.Length; i++)
            for (int j = 0; j < expected[i].Length; j++)
                Assert.True(Math.Abs(expected[i][j] - fused[i][j]) < 1e-9, $"{cohort} row {i} column {j}: {fused[i][j]}, scikit-learn {expected[i][j]}");
    }

    [Fact]
    public void Columns_are_named_radiomics_first_then_each_blocks_components()
    {
        var names = Fitted().ColumnNames;
        Assert.Equal(5 + 2 * 8, names.Length);
        Assert.Equal(["r5", "DL_SAG_PC1"], names[4..6]);
        Assert.Equal("DL_AXI_PC8", names[^1]);
    }

    [Fact]
    public void Test_rows_do_not_change_the_fitted_model()
    {
        // Fitted on training only: transforming a test cohort alone gives the same rows as within a larger call.
        var fusion = Fitted();
        var all = fusion.Transform(Rows(Inputs, "rad_test"), [Rows(Inputs, "sag_test"), Rows(Inputs, "axi_test")]);
        var first = fusion.Transform(Rows(Inputs, "rad_test")[..1], [Rows(Inputs, "sag_test")[..1], Rows(Inputs, "axi_test")[..1]]);
        Assert.Equal(all[0], first[0]);
    }

    [Fact]
    public void Blocks_with_different_patients_are_refused()
    {
        var e = Assert.Throws<ModelInputException>(() => DlrFusion.Fit(null, null,
            [new DeepFeatureBlock("DL_SAG", Rows(Inputs, "sag_train")), new DeepFeatureBlock("DL_AXI", Rows(Inputs, "axi_test"))]));
        Assert.Contains("DL_AXI", e.Message);
    }
}
