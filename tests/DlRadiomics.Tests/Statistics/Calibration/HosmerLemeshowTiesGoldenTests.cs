using System.Text.Json;
using DlRadiomics.Statistics;
using DlRadiomics.Statistics.Calibration;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Calibration;

/// <summary>
/// Hosmer–Lemeshow with tied quantile breaks (predictions of a logistic model on two factors of R's infert data) against
/// the unique-breaks rule of DescTools::HosmerLemeshowTest written out in base R (Golden/Statistics/A/make_golden_hoslem_ties.R).
/// </summary>
public sealed class HosmerLemeshowTiesGoldenTests
{
    private static readonly Lazy<JsonElement> Root = new(() => Load("hoslem_ties_golden.json"));

    public static IEnumerable<object[]> Names() => Cases(Root.Value, "cases");

    [Theory]
    [MemberData(nameof(Names))]
    public void TiedBreaksGiveFewerGroupsAndTheirDegreesOfFreedom(string name)
    {
        var h = Case(Root.Value, "cases", name);
        int g = h.GetProperty("g").GetInt32();
        var r = HosmerLemeshowTest.Compute(h.Doubles("yhat"), h.Doubles("y").Select(v => (int)v).ToArray(), g);
        Assert.Equal(g, r.GroupsRequested);
        Assert.Equal(h.GetProperty("groups").GetInt32(), r.GroupsUsed);
        Assert.True(r.GroupsUsed < g);
        Assert.Equal(h.GetProperty("df").GetInt32(), r.DegreesOfFreedom);
        Close(h.Number("statistic"), r.Statistic, 1e-10, what: "statistic");
        Close(h.Number("p"), r.PValue, 1e-10, what: "p");
        Assert.Equal(h.Doubles("count"), r.Groups.Select(x => (double)x.Count));
        Assert.Equal(h.Doubles("observed1"), r.Groups.Select(x => x.ObservedEvents));
        var e1 = h.Doubles("expected1");
        var breaks = h.Doubles("breaks");
        for (int i = 0; i < r.GroupsUsed; i++)
        {
            Close(e1[i], r.Groups[i].ExpectedEvents, 1e-12, what: "expected events");
            Close(breaks[i], r.Groups[i].Lower, 1e-14, what: "lower break");
            Close(breaks[i + 1], r.Groups[i].Upper, 1e-14, what: "upper break");
        }
    }

    [Fact]
    public void FewerThanThreeDistinctGroupsAreAnErrorNamingTheTies()
    {
        double[] p = [.. Enumerable.Repeat(0.2, 15), .. Enumerable.Repeat(0.6, 15)];
        int[] y = [.. Enumerable.Range(0, 30).Select(i => i % 4 == 0 ? 1 : 0)];
        var e = Assert.Throws<StatisticsInputException>(() => HosmerLemeshowTest.Compute(p, y));
        Assert.Contains("too many tied predictions — 2 distinct values", e.Message);
        Assert.Contains("at least 3", e.Message);
    }
}
