using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Tests.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Preprocessing;

/// <summary>Z-score and PCA against scikit-learn <c>StandardScaler</c> and <c>PCA(svd_solver="full")</c>.</summary>
public class ZScoreAndPcaGoldenTests
{
    private static readonly double[][] Train = WdbcGolden.Raw.X[..400];
    private static readonly double[][] Test = WdbcGolden.Raw.X[400..];

    [Fact]
    public void ZScoreFitsOnTrainingAndAppliesToTest()
    {
        var g = WdbcGolden.Json("scaler.json");
        var model = ZScore.Fit(Train);
        WdbcGolden.Close(g.GetProperty("mean").Vector(), model.Mean, 1e-12, "mean_");
        WdbcGolden.Close(g.GetProperty("scale_ddof0").Vector(), model.Scale, 1e-12, "scale_");
        var expected = g.GetProperty("test_transformed").Matrix();
        var actual = model.Transform(Test);
        for (int i = 0; i < expected.Length; i++) WdbcGolden.Close(expected[i], actual[i], 1e-10, $"test row {i}");
        var sample = ZScore.Fit(Train, new ZScoreOptions(VarianceDivisor.Sample));
        WdbcGolden.Close(g.GetProperty("scale_ddof1").Vector(), sample.Scale, 1e-12, "ddof=1");
    }

    [Fact]
    public void ConstantColumnIsReportedAndMapsToZero()
    {
        var rows = new[] { new[] { 1.0, 5 }, new[] { 2.0, 5 }, new[] { 4.0, 5 } };
        var model = ZScore.Fit(rows);
        Assert.Equal(new[] { 1 }, model.ConstantFeatures);
        Assert.All(model.Transform(rows), r => Assert.Equal(0, r[1]));
    }

    [Fact]
    public void PcaMatchesScikitLearnIncludingSigns()
    {
        var g = WdbcGolden.Json("pca.json");
        var scaler = ZScore.Fit(Train);
        var pca = PrincipalComponents.Fit(scaler.Transform(Train), new PcaOptions(5));
        WdbcGolden.Close(g.GetProperty("mean").Vector(), pca.Mean, 1e-12, "mean_");
        WdbcGolden.Close(g.GetProperty("explained_variance").Vector(), pca.ExplainedVariance, 1e-10, "explained_variance_");
        WdbcGolden.Close(g.GetProperty("explained_variance_ratio").Vector(), pca.ExplainedVarianceRatio, 1e-10, "ratio");
        WdbcGolden.Close(g.GetProperty("singular_values").Vector(), pca.SingularValues, 1e-10, "singular_values_");
        var comps = g.GetProperty("components").Matrix();
        for (int c = 0; c < comps.Length; c++) WdbcGolden.Close(comps[c], pca.Components[c], 1e-8, $"component {c}");
        var expected = g.GetProperty("test_transformed").Matrix();
        var actual = pca.Transform(scaler.Transform(Test));
        for (int i = 0; i < expected.Length; i++) WdbcGolden.Close(expected[i], actual[i], 1e-8, $"test scores row {i}");
        var all = PrincipalComponents.Fit(scaler.Transform(Train));
        WdbcGolden.Close(g.GetProperty("explained_variance_ratio_all").Vector(), all.ExplainedVarianceRatio, 1e-9, "all ratios");
    }

    [Fact]
    public void PcaWorksWithMoreFeaturesThanRows()
    {
        var rows = WdbcGolden.Standardized.X[..12];
        var pca = PrincipalComponents.Fit(rows);
        Assert.Equal(12, pca.Components.Length);
        Assert.True(pca.ExplainedVariance[^1] < 1e-20 * pca.ExplainedVariance[0] + 1e-12, "the last of n components of centred data has no variance");
        var scores = pca.Transform(rows);
        double total = Enumerable.Range(0, 30).Sum(j => { double m = rows.Average(r => r[j]); return rows.Sum(r => (r[j] - m) * (r[j] - m)); });
        Assert.Equal(total, scores.Sum(s => s.Sum(v => v * v)), 8);
    }

    [Fact]
    public void NaNIsRefusedWithItsPosition()
    {
        var rows = new[] { new[] { 1.0, 2 }, new[] { double.NaN, 3 } };
        var e = Assert.Throws<ModelInputException>(() => ZScore.Fit(rows));
        Assert.Contains("row 1, column 0", e.Message);
    }
}
