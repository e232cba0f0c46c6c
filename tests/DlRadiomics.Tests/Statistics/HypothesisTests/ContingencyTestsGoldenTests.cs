using System.Text.Json;
using DlRadiomics.Statistics.HypothesisTests;
using DlRadiomics.Statistics;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.HypothesisTests;

/// <summary>Chi-square and Fisher's exact tests against R (chisq.test, fisher.test) and scipy (chi2_contingency, fisher_exact).</summary>
public class ContingencyTestsGoldenTests
{
    public static IEnumerable<object[]> RFisher => Cases(R, "fisher");
    public static IEnumerable<object[]> RChi => Cases(R, "chisq");
    public static IEnumerable<object[]> PyChi => Cases(Python, "chisq");

    [Theory, MemberData(nameof(RFisher))]
    public void FisherMatchesRFisherTest(string name)
    {
        var c = Case(R, "fisher", name);
        Close(c.Number("p"), FisherExactTest.Compute(c.Table("table")).PValue, what: "p");
    }

    [Theory, MemberData(nameof(RChi))]
    public void ChiSquareMatchesRChisqTest(string name)
    {
        var c = Case(R, "chisq", name);
        var t = c.Table("table");
        var plain = ChiSquareTest.Compute(t, yates: false);
        if (c.GetProperty("statistic").ValueKind == JsonValueKind.Null)
        {
            // R returns NaN when a row or column is all zero; here such lines are dropped first (documented).
            Assert.True(double.IsFinite(plain.PValue));
            return;
        }
        Close(c.Number("statistic"), plain.Statistic, what: "X²");
        Close(c.Number("p"), plain.PValue, what: "p");
        Assert.Equal(c.Number("df"), plain.DegreesOfFreedom);
        var corrected = ChiSquareTest.Compute(t, yates: true);
        Close(c.Number("statistic_yates"), corrected.Statistic, what: "X² (Yates)");
        Close(c.Number("p_yates"), corrected.PValue, what: "p (Yates)");
    }

    [Theory, MemberData(nameof(PyChi))]
    public void ChiSquareAndFisherMatchScipy(string name)
    {
        var c = Case(Python, "chisq", name);
        var t = c.Table("table");
        Close(c.Number("statistic"), ChiSquareTest.Compute(t, false).Statistic, what: "X²");
        Close(c.Number("p"), ChiSquareTest.Compute(t, false).PValue, what: "p");
        Close(c.Number("p_yates"), ChiSquareTest.Compute(t, true).PValue, what: "p (Yates)");
        if (c.TryGetProperty("fisher_p", out JsonElement fp))
        {
            var f = FisherExactTest.Compute(t);
            Close(fp.GetDouble(), f.PValue, what: "Fisher p");
            var or = c.GetProperty("fisher_odds_ratio");
            if (or.ValueKind == JsonValueKind.Null) Assert.Equal(double.PositiveInfinity, f.SampleOddsRatio);
            else Close(or.GetDouble(), f.SampleOddsRatio!.Value, what: "odds ratio");
        }
    }

    [Fact]
    public void TooLargeTablesAreRefusedAndThePolicyFallsBackVisibly()
    {
        // 2 × 10 with N = 1066, the studies' MSU classification row of Table 2: far too many tables to enumerate.
        long[,] t = { { 136, 59, 21, 236, 121, 2, 31, 12, 43, 2 }, { 1, 3, 1, 24, 99, 6, 55, 129, 29, 56 } };
        Assert.Null(FisherExactTest.TryCompute(t));
        Assert.Contains("too large", Assert.Throws<StatisticsInputException>(() => FisherExactTest.Compute(t)).Message);
        var r = GroupComparison.Categorical(t, GroupComparisonPolicy.Paper);
        Assert.Equal("Chi-square (Fisher exact infeasible)", r.Test);
        Assert.Equal(ChiSquareTest.Compute(t, false).PValue, r.PValue);
    }

    [Fact]
    public void EmptyRowsAreDroppedAndDegenerateTablesRejected()
    {
        long[,] withEmpty = { { 3, 1 }, { 0, 0 }, { 1, 3 } };
        Assert.Equal(FisherExactTest.Compute(new long[,] { { 3, 1 }, { 1, 3 } }).PValue, FisherExactTest.Compute(withEmpty).PValue, 15);
        Assert.Contains("2×2", Assert.Throws<StatisticsInputException>(() => ChiSquareTest.Compute(new long[,] { { 3, 0 }, { 4, 0 } }, false)).Message);
    }
}
