using DlRadiomics.Statistics.HypothesisTests;
using DlRadiomics.Statistics;

using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.HypothesisTests;

/// <summary>Kruskal–Wallis against scipy/R and Shapiro–Wilk against R shapiro.test and scipy.stats.shapiro.</summary>
public class RankAndNormalityGoldenTests
{
    public static IEnumerable<object[]> PyKruskal => Cases(Python, "kruskal");
    public static IEnumerable<object[]> RKruskal => Cases(R, "kruskal");
    public static IEnumerable<object[]> RShapiro => Cases(R, "shapiro");
    public static IEnumerable<object[]> PyShapiro => Cases(Python, "shapiro");

    [Theory, MemberData(nameof(PyKruskal))]
    public void KruskalWallisMatchesScipy(string name)
    {
        var c = Case(Python, "kruskal", name);
        var r = KruskalWallisTest.Compute(c.GetProperty("groups").EnumerateArray().Select(g => (IReadOnlyList<double>)g.Doubles()).ToArray());
        Close(c.Number("h"), r.Statistic, what: "H");
        Close(c.Number("p"), r.PValue, what: "p");
    }

    [Theory, MemberData(nameof(RKruskal))]
    public void KruskalWallisMatchesR(string name)
    {
        var c = Case(R, "kruskal", name);
        var groups = c.GetProperty("groups").EnumerateObject().Select(g => (IReadOnlyList<double>)g.Value.Doubles()).ToArray();
        var r = KruskalWallisTest.Compute(groups);
        Close(c.Number("H"), r.Statistic, what: "H");
        Close(c.Number("p"), r.PValue, what: "p");
    }

    [Theory, MemberData(nameof(RShapiro))]
    public void ShapiroWilkMatchesR(string name)
    {
        var c = Case(R, "shapiro", name);
        var r = ShapiroWilkTest.Compute(c.Doubles("x"));
        Close(c.Number("W"), r.W, what: "W");
        Close(c.Number("p"), r.PValue, what: "p");
    }

    [Theory, MemberData(nameof(PyShapiro))]
    public void ShapiroWilkMatchesScipy(string name)
    {
        // scipy's Fortran swilk works in single precision for the coefficients, so it agrees with R to ~1e-5 only.
        var c = Case(Python, "shapiro", name);
        var r = ShapiroWilkTest.Compute(c.Doubles("x"));
        Close(c.Number("w"), r.W, relative: 1e-5, what: "W");
        Close(c.Number("p"), r.PValue, relative: 1e-3, what: "p");
    }

    [Fact]
    public void ShapiroWilkRejectsConstantAndTinySamples()
    {
        Assert.Contains("identical", Assert.Throws<StatisticsInputException>(() => ShapiroWilkTest.Compute([1.0, 1, 1, 1])).Message);
        Assert.Contains("at least 3", Assert.Throws<StatisticsInputException>(() => ShapiroWilkTest.Compute([1.0, 2])).Message);
    }
}
