using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Kruskal–Wallis H test across k ≥ 2 groups (<c>scipy.stats.kruskal</c>, R <c>kruskal.test</c>).</summary>
/// <remarks>
/// H = [12/(N(N+1)) Σᵢ Rᵢ²/nᵢ − 3(N+1)] / [1 − Σ(t³−t)/(N³−N)], with Rᵢ the mid-rank sums; p = P(χ²_{k−1} ≥ H).
/// </remarks>
public static class KruskalWallisTest
{
    public static ChiSquareStatisticResult Compute(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        if (groups.Count < 2) throw new StatisticsInputException($"Kruskal–Wallis test: needs at least 2 groups, got {groups.Count}.");
        for (int g = 0; g < groups.Count; g++) SampleStatistics.Require(groups[g], $"group {g + 1}", 1, "Kruskal–Wallis test");
        var all = groups.SelectMany(g => g).ToArray();
        var (ranks, ties) = SampleStatistics.MidRanks(all);
        double n = all.Length, sum = 0;
        int offset = 0;
        foreach (var g in groups)
        {
            double r = 0;
            for (int i = 0; i < g.Count; i++) r += ranks[offset + i];
            sum += r * r / g.Count;
            offset += g.Count;
        }
        double correction = 1.0 - SampleStatistics.TieTerm(ties) / (n * n * n - n);
        if (correction == 0) throw new StatisticsInputException("Kruskal–Wallis test: all values are identical, the test is undefined.");
        double h = (12.0 / (n * (n + 1)) * sum - 3 * (n + 1)) / correction;
        int df = groups.Count - 1;
        return new ChiSquareStatisticResult(h, df, Distributions.ChiSquareUpperTail(h, df));
    }
}
