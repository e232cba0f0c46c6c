namespace DlRadiomics.Numerics;

/// <summary>
/// Quantiles of an ascending sample by linear interpolation between order statistics: h = (n − 1)·p, the value
/// x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) (Hyndman and Fan's type 7: R's <c>quantile</c> default, numpy's
/// <c>percentile</c>/<c>quantile</c> default, IBSI's percentiles).
/// </summary>
public static class Quantiles
{
    /// <summary>Type-7 quantile at probability <paramref name="p"/> ∈ [0, 1] of the ascending <paramref name="sorted"/>.</summary>
    public static double Type7(IReadOnlyList<double> sorted, double p)
    {
        double h = (sorted.Count - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>
    /// The type-7 quantile rounded as numpy computes it, bit for bit: numpy's lerp takes b − (b − a)(1 − t) when the
    /// fraction t ≥ ½ (PyRadiomics' percentiles are numpy's).
    /// </summary>
    public static double Type7Numpy(double[] sorted, double p)
    {
        double h = p * (sorted.Length - 1);
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        double t = h - lo, a = sorted[lo], b = sorted[hi], diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
