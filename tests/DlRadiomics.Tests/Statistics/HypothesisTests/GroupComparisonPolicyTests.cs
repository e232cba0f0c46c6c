using DlRadiomics.Statistics.HypothesisTests;
using DlRadiomics.Statistics;

using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.HypothesisTests;

/// <summary>The studies' rule picks the test from normality and expected counts; other policies force one test.</summary>
public class GroupComparisonPolicyTests
{
    private static (double[] X, double[] Y) Pair(string name)
    {
        var c = Case(Python, "two_sample", name);
        return (c.Doubles("x"), c.Doubles("y"));
    }

    [Fact]
    public void NormalGroupsGetStudentTAndSkewedGroupsMannWhitney()
    {
        var (x, y) = Pair("mtcars_qsec_vs");
        Assert.True(ShapiroWilkTest.Compute(x).PValue >= 0.05 && ShapiroWilkTest.Compute(y).PValue >= 0.05);
        var normal = GroupComparison.Continuous([x, y], GroupComparisonPolicy.Paper);
        Assert.Equal("Student t", normal.Test);
        Assert.Equal(TTest.Student(x, y).PValue, normal.PValue);

        var (a, b) = Pair("wdbc_mean_area");
        var skewed = GroupComparison.Continuous([a, b], GroupComparisonPolicy.Paper);
        Assert.Equal("Mann–Whitney U", skewed.Test);
        Assert.Equal(MannWhitneyTest.Compute(a, b, MannWhitneyMethod.Asymptotic).PValue, skewed.PValue);

        var welch = GroupComparison.Continuous([x, y], GroupComparisonPolicy.Paper with { EqualVarianceTTest = false });
        Assert.Equal("Welch t", welch.Test);
    }

    [Fact]
    public void MoreThanTwoGroupsUseKruskalWallis()
    {
        var groups = Case(Python, "kruskal", "iris_sepal_length").GetProperty("groups").EnumerateArray().Select(g => (IReadOnlyList<double>)g.Doubles()).ToArray();
        Assert.Equal("Kruskal–Wallis", GroupComparison.Continuous(groups, GroupComparisonPolicy.Paper).Test);
        Assert.Throws<StatisticsInputException>(() => GroupComparison.Continuous(groups, new GroupComparisonPolicy(Continuous: ContinuousTestPolicy.StudentT)));
    }

    [Fact]
    public void SmallExpectedCountsSwitchToFisher()
    {
        long[,] small = { { 3, 1 }, { 1, 3 } };
        long[,] large = { { 30, 12 }, { 14, 33 } };
        Assert.Equal("Fisher exact", GroupComparison.Categorical(small, GroupComparisonPolicy.Paper).Test);
        var chi = GroupComparison.Categorical(large, GroupComparisonPolicy.Paper);
        Assert.Equal("Chi-square", chi.Test);
        Assert.Equal(ChiSquareTest.Compute(large, yates: false).PValue, chi.PValue);
        Assert.Equal("Chi-square (Yates)", GroupComparison.Categorical(large, GroupComparisonPolicy.Paper with { Yates = true }).Test);
        Assert.Equal("Fisher exact", GroupComparison.Categorical(large, new GroupComparisonPolicy(Categorical: CategoricalTestPolicy.FisherExact)).Test);
    }
}
