using MathNet.Numerics.Distributions;

namespace DlRadiomics.Cohort;

/// <summary>Shape of a continuous variable's distribution in the generating model.</summary>
public enum ContinuousFamily
{
    /// <summary>Symmetric, unbounded (clipped to the field's range).</summary>
    Normal,
    /// <summary>Positive and right-skewed (areas, thicknesses, BMI).</summary>
    Gamma,
    /// <summary>Bounded on [lower, upper], possibly skewed (age within inclusion limits, VAS, ODI).</summary>
    Beta,
}

/// <summary>
/// Turns latent normal scores into values with prescribed marginals while keeping their ranks, so correlations made
/// in the latent space survive: categories get exactly the prescribed counts (lowest latent scores to the first
/// category), continuous values are the family's quantiles at (rank − ½)/n rescaled to the exact target mean and SD.
/// </summary>
public static class ExactMarginals
{
    /// <summary>Category index per patient: the <paramref name="counts"/>[0] lowest scores get 0, and so on.</summary>
    public static int[] Categories(double[] latent, IReadOnlyList<int> counts)
    {
        if (counts.Sum() != latent.Length) throw new ArgumentException($"counts sum to {counts.Sum()}, not {latent.Length}", nameof(counts));
        var order = Ranks(latent);
        var result = new int[latent.Length];
        int category = 0, filled = 0;
        foreach (int patient in order)
        {
            while (filled >= counts[category]) { category++; filled = 0; }
            result[patient] = category;
            filled++;
        }
        return result;
    }

    /// <summary>Values with sample mean <paramref name="mean"/> and SD (n − 1) <paramref name="sd"/>, ordered like <paramref name="latent"/>.</summary>
    /// <remarks>x_(r) = F⁻¹((r − ½)/n); then x ← mean + sd·(x − x̄)/s_x; then clipped to [lower, upper] and rounded.</remarks>
    public static double[] Continuous(double[] latent, double mean, double sd, ContinuousFamily family, double lower, double upper, int decimals)
    {
        int n = latent.Length;
        var values = new double[n];
        if (n == 0) return values;
        Func<double, double> quantile = family switch
        {
            ContinuousFamily.Normal => p => Normal.InvCDF(mean, sd, p),
            ContinuousFamily.Gamma => GammaQuantile(mean, sd),
            ContinuousFamily.Beta => BetaQuantile(mean, sd, lower, upper),
            _ => throw new ArgumentOutOfRangeException(nameof(family)),
        };
        var order = Ranks(latent);
        for (int r = 0; r < n; r++) values[order[r]] = quantile((r + 0.5) / n);
        if (n > 1)
        {
            double m = values.Average(), s = Math.Sqrt(values.Sum(v => (v - m) * (v - m)) / (n - 1));
            for (int i = 0; i < n; i++) values[i] = mean + (s > 0 ? sd * (values[i] - m) / s : 0);
        }
        for (int i = 0; i < n; i++) values[i] = Math.Round(Math.Clamp(values[i], lower, upper), decimals, MidpointRounding.AwayFromZero);
        return values;
    }

    /// <summary>Scales published counts (which may not add up, as printed) to <paramref name="n"/> by largest remainder.</summary>
    public static int[] ScaleCounts(IReadOnlyList<int> counts, int n)
    {
        double total = counts.Sum();
        if (total == 0) throw new ArgumentException("all counts are zero", nameof(counts));
        var exact = counts.Select(c => c * n / total).ToArray();
        var result = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (int i in Enumerable.Range(0, counts.Count).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).Take(n - result.Sum()))
            result[i]++;
        return result;
    }

    private static int[] Ranks(double[] latent) =>
        Enumerable.Range(0, latent.Length).OrderBy(i => latent[i]).ThenBy(i => i).ToArray();

    private static Func<double, double> GammaQuantile(double mean, double sd)
    {
        double shape = mean * mean / (sd * sd), rate = mean / (sd * sd);
        return p => Gamma.InvCDF(shape, rate, p);
    }

    private static Func<double, double> BetaQuantile(double mean, double sd, double lower, double upper)
    {
        double width = upper - lower, m = (mean - lower) / width, v = sd * sd / (width * width);
        double k = m * (1 - m) / v - 1;
        if (k <= 0) throw new ArgumentException($"no beta distribution on [{lower}, {upper}] has mean {mean} and SD {sd}; use the Normal family");
        return p => lower + width * Beta.InvCDF(m * k, (1 - m) * k, p);
    }
}
