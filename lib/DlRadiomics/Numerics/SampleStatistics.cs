using DlRadiomics.Statistics;

namespace DlRadiomics.Numerics;

/// <summary>Descriptive helpers shared by the tests and tables: mean, variance, mid-ranks, tie sizes, quantiles.</summary>
internal static class SampleStatistics
{
    public static double Mean(IReadOnlyList<double> x)
    {
        double s = 0;
        for (int i = 0; i < x.Count; i++) s += x[i];
        return s / x.Count;
    }

    /// <summary>Sample variance with the n − 1 normaliser (two-pass).</summary>
    public static double Variance(IReadOnlyList<double> x)
    {
        double m = Mean(x), s = 0;
        for (int i = 0; i < x.Count; i++) s += (x[i] - m) * (x[i] - m);
        return s / (x.Count - 1);
    }

    /// <summary>Mid-ranks (1-based, ties get the average rank) of <paramref name="x"/>, and the sizes of the tie groups.</summary>
    public static (double[] Ranks, int[] TieSizes) MidRanks(IReadOnlyList<double> x)
    {
        int n = x.Count;
        int[] order = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray();
        var ranks = new double[n];
        var ties = new List<int>();
        for (int i = 0; i < n;)
        {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) j++;
            double rank = (i + j) / 2.0 + 1.0;
            for (int k = i; k <= j; k++) ranks[order[k]] = rank;
            ties.Add(j - i + 1);
            i = j + 1;
        }
        return (ranks, ties.ToArray());
    }

    /// <summary>Σ (t³ − t) over tie groups, the tie-correction term of rank tests.</summary>
    public static double TieTerm(IEnumerable<int> tieSizes) => tieSizes.Sum(t => (double)t * t * t - t);

    /// <summary>Throws a clear error when a sample has a NaN/∞ value or fewer than <paramref name="minimum"/> values.</summary>
    public static void Require(IReadOnlyList<double> x, string name, int minimum, string test)
    {
        if (x.Count < minimum)
            throw new StatisticsInputException($"{test}: sample '{name}' has {x.Count} value(s); at least {minimum} are needed.");
        for (int i = 0; i < x.Count; i++)
            if (!double.IsFinite(x[i]))
                throw new StatisticsInputException($"{test}: sample '{name}' has the non-finite value {x[i]} at position {i}; remove missing values first.");
    }
}
