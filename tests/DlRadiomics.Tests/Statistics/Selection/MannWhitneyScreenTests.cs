using DlRadiomics.Statistics.HypothesisTests;
using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Selection;

public class MannWhitneyScreenTests
{
    [Fact]
    public void DefaultScreenUsesTheMannWhitneyTest()
    {
        var t = WdbcGolden.Raw;
        var kept = MannWhitneyScreen.Select(t.X, t.Y, t.Names);
        foreach (var f in kept)
        {
            var a = t.X.Where((_, i) => t.Y[i] == 0).Select(r => r[f.Index]).ToArray();
            var b = t.X.Where((_, i) => t.Y[i] == 1).Select(r => r[f.Index]).ToArray();
            Assert.Equal(MannWhitneyTest.Compute(a, b).PValue, f.Value);
            Assert.True(f.Value < 0.05);
        }
        Assert.InRange(kept.Count, 20, 30); // most WDBC features separate benign from malignant
    }
}
