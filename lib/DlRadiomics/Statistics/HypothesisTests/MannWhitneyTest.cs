using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Mann–Whitney U (Wilcoxon rank-sum) test, two-sided, matching <c>scipy.stats.mannwhitneyu</c>.</summary>
/// <remarks>
/// U₁ = R₁ − n₁(n₁+1)/2 with R₁ the mid-rank sum of x; U = max(U₁, n₁n₂ − U₁).
/// Asymptotic: z = (U − n₁n₂/2 − ½)/σ, σ² = n₁n₂/12·((n+1) − Σ(t³−t)/(n(n−1))), p = 2·P(Z ≥ z), capped at 1.
/// Exact: p = 2·P(U ≥ U_obs) under the null distribution of U, counted by dynamic programming over rank subsets.
/// </remarks>
public static class MannWhitneyTest
{
    /// <summary>Largest work (n₁+n₂)·min(n₁,n₂)·n₁n₂ for which the exact distribution is counted.</summary>
    public const long MaxExactWork = 400_000_000;

    public static MannWhitneyResult Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, MannWhitneyMethod method = MannWhitneyMethod.Auto)
    {
        SampleStatistics.Require(x, "x", 1, "Mann–Whitney U test");
        SampleStatistics.Require(y, "y", 1, "Mann–Whitney U test");
        int n1 = x.Count, n2 = y.Count;
        var (ranks, ties) = SampleStatistics.MidRanks(x.Concat(y).ToArray());
        double r1 = 0;
        for (int i = 0; i < n1; i++) r1 += ranks[i];
        double u1 = r1 - n1 * (n1 + 1) / 2.0;
        double u = Math.Max(u1, (double)n1 * n2 - u1);
        bool hasTies = ties.Any(t => t > 1);

        if (method == MannWhitneyMethod.Auto)
            method = !hasTies && Math.Min(n1, n2) <= 8 ? MannWhitneyMethod.Exact : MannWhitneyMethod.Asymptotic;

        if (method == MannWhitneyMethod.Exact)
        {
            if (hasTies)
                throw new StatisticsInputException("Mann–Whitney U test: the exact p-value needs samples without ties; use the asymptotic method.");
            if ((long)(n1 + n2) * Math.Min(n1, n2) * n1 * n2 > MaxExactWork)
                throw new StatisticsInputException($"Mann–Whitney U test: samples of {n1} and {n2} values are too large for the exact distribution; use the asymptotic method.");
            double p = 2.0 * UpperTail(Math.Min(n1, n2), Math.Max(n1, n2), (int)Math.Round(u));
            return new MannWhitneyResult(u1, null, Math.Min(1.0, p), MannWhitneyMethod.Exact);
        }

        double n = n1 + n2;
        double sigma = Math.Sqrt(n1 * (double)n2 / 12.0 * ((n + 1) - SampleStatistics.TieTerm(ties) / (n * (n - 1))));
        if (sigma == 0)
            throw new StatisticsInputException("Mann–Whitney U test: all values are identical, the test is undefined.");
        double z = (u - n1 * (double)n2 / 2.0 - 0.5) / sigma;
        return new MannWhitneyResult(u1, z, Math.Min(1.0, 2.0 * Distributions.NormalUpperTail(z)), MannWhitneyMethod.Asymptotic);
    }

    /// <summary>P(U ≥ u) for sample sizes m, n without ties.</summary>
    private static double UpperTail(int m, int n, int u)
    {
        // counts[k][s]: ways to pick k of the first i ranks with Σ(rank − position-in-subset) = s, i.e. U contributions.
        int max = m * n;
        var counts = new double[m + 1, max + 1];
        counts[0, 0] = 1;
        for (int i = 1; i <= m + n; i++)
            for (int k = Math.Min(i, m); k >= 1; k--)
            {
                int shift = i - k; // choosing rank i as the k-th smallest adds (i − k) to U
                if (shift > n) continue;
                for (int s = max; s >= shift; s--) counts[k, s] += counts[k - 1, s - shift];
            }
        double total = 0, tail = 0;
        for (int s = 0; s <= max; s++)
        {
            total += counts[m, s];
            if (s >= u) tail += counts[m, s];
        }
        return tail / total;
    }
}
