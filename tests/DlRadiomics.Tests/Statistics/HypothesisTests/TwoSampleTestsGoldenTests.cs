using DlRadiomics.Statistics.HypothesisTests;
using DlRadiomics.Statistics;

using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.HypothesisTests;

/// <summary>t-tests and Mann–Whitney U against scipy.stats (ttest_ind, mannwhitneyu) and R wilcox.test.</summary>
public class TwoSampleTestsGoldenTests
{
    public static IEnumerable<object[]> TwoSample => Cases(Python, "two_sample");
    public static IEnumerable<object[]> Exact => Cases(Python, "mwu_exact");
    public static IEnumerable<object[]> Wilcox => Cases(R, "wilcox");

    [Theory, MemberData(nameof(TwoSample))]
    public void StudentAndWelchMatchScipy(string name)
    {
        var c = Case(Python, "two_sample", name);
        var student = TTest.Student(c.Doubles("x"), c.Doubles("y"));
        var welch = TTest.Welch(c.Doubles("x"), c.Doubles("y"));
        Close(c.Number("student_t"), student.Statistic, what: "Student t");
        Close(c.Number("student_p"), student.PValue, what: "Student p");
        Close(c.Number("welch_t"), welch.Statistic, what: "Welch t");
        Close(c.Number("welch_p"), welch.PValue, what: "Welch p");
    }

    [Theory, MemberData(nameof(TwoSample))]
    public void MannWhitneyAsymptoticMatchesScipy(string name)
    {
        var c = Case(Python, "two_sample", name);
        var r = MannWhitneyTest.Compute(c.Doubles("x"), c.Doubles("y"), MannWhitneyMethod.Asymptotic);
        Close(c.Number("mwu_u"), r.U, what: "U");
        Close(c.Number("mwu_p"), r.PValue, what: "p");
    }

    [Theory, MemberData(nameof(Exact))]
    public void MannWhitneyExactMatchesScipy(string name)
    {
        var c = Case(Python, "mwu_exact", name);
        var r = MannWhitneyTest.Compute(c.Doubles("x"), c.Doubles("y"), MannWhitneyMethod.Exact);
        Assert.Equal(MannWhitneyMethod.Exact, r.Method);
        Close(c.Number("u"), r.U, what: "U");
        Close(c.Number("p"), r.PValue, what: "p");
    }

    [Theory, MemberData(nameof(Wilcox))]
    public void MannWhitneyMatchesRWilcoxTest(string name)
    {
        var c = Case(R, "wilcox", name);
        var asymptotic = MannWhitneyTest.Compute(c.Doubles("x"), c.Doubles("y"), MannWhitneyMethod.Asymptotic);
        Close(c.Number("W"), asymptotic.U, what: "W");
        Close(c.Number("p_asymptotic"), asymptotic.PValue, what: "p (normal approximation)");
        if (c.GetProperty("p_exact").ValueKind == System.Text.Json.JsonValueKind.Number)
            Close(c.Number("p_exact"), MannWhitneyTest.Compute(c.Doubles("x"), c.Doubles("y"), MannWhitneyMethod.Exact).PValue, what: "p (exact)");
    }

    [Fact]
    public void AutoPicksExactOnlyForSmallSamplesWithoutTies()
    {
        Assert.Equal(MannWhitneyMethod.Exact, MannWhitneyTest.Compute([1.0, 2.5, 3.1], [4.2, 5.0, 0.3, 7.7]).Method);
        Assert.Equal(MannWhitneyMethod.Asymptotic, MannWhitneyTest.Compute([1.0, 2.0, 2.0], [4.0, 5.0, 0.3]).Method);
    }

    [Fact]
    public void ExactRefusesTies()
    {
        var e = Assert.Throws<StatisticsInputException>(() => MannWhitneyTest.Compute([1.0, 2.0], [2.0, 3.0], MannWhitneyMethod.Exact));
        Assert.Contains("ties", e.Message);
    }

    [Fact]
    public void NaNAndConstantSamplesGiveClearErrors()
    {
        Assert.Contains("non-finite", Assert.Throws<StatisticsInputException>(() => TTest.Student([1.0, double.NaN, 3], [1.0, 2, 3])).Message);
        Assert.Contains("constant", Assert.Throws<StatisticsInputException>(() => TTest.Welch([2.0, 2, 2], [5.0, 5, 5])).Message);
        Assert.Contains("identical", Assert.Throws<StatisticsInputException>(() => MannWhitneyTest.Compute([2.0, 2, 2], [2.0, 2], MannWhitneyMethod.Asymptotic)).Message);
    }
}
