using DlRadiomics.Numerics;
namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI intensity statistics of a set of values: <c>stat_*</c> on the ROI intensities, and the shared part of
/// <c>ih_*</c> on its grey levels.
/// </summary>
/// <remarks>
/// N values x, μ the mean, m_k = Σ (x − μ)^k / N, P_q the q-th percentile (linear interpolation between order
/// statistics, numpy's default):
/// mean = μ; var = m₂ (biased); skew = m₃/m₂^{3/2}; kurt = m₄/m₂² − 3 (excess kurtosis); median = P₅₀; min; p10 = P₁₀;
/// p90 = P₉₀; max; iqr = P₇₅ − P₂₅; range = max − min; mad = Σ |x − μ|/N; rmad = the mean absolute deviation from
/// their mean of the values with P₁₀ ≤ x ≤ P₉₀; medad = Σ |x − P₅₀|/N; cov = √m₂/μ; qcod = (P₇₅ − P₂₅)/(P₇₅ + P₂₅);
/// energy = Σ x²; rms = √(Σ x²/N).
/// </remarks>
public static class IbsiIntensityStatistics
{
    /// <summary>Statistics keyed by IBSI names without prefix (<c>mean</c>, <c>var</c>, …).</summary>
    public static Dictionary<string, double> Compute(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        int n = sorted.Length;
        double mean = sorted.Average();
        double m2 = sorted.Sum(x => Math.Pow(x - mean, 2)) / n;
        double m3 = sorted.Sum(x => Math.Pow(x - mean, 3)) / n;
        double m4 = sorted.Sum(x => Math.Pow(x - mean, 4)) / n;
        double p10 = Quantiles.Type7(sorted, 0.10), p25 = Quantiles.Type7(sorted, 0.25), p50 = Quantiles.Type7(sorted, 0.50), p75 = Quantiles.Type7(sorted, 0.75), p90 = Quantiles.Type7(sorted, 0.90);
        var robust = sorted.Where(x => x >= p10 && x <= p90).ToArray();
        double robustMean = robust.Average();
        double energy = sorted.Sum(x => x * x);
        return new Dictionary<string, double>
        {
            ["mean"] = mean, ["var"] = m2, ["skew"] = m3 / Math.Pow(m2, 1.5), ["kurt"] = m4 / (m2 * m2) - 3,
            ["median"] = p50, ["min"] = sorted[0], ["p10"] = p10, ["p90"] = p90, ["max"] = sorted[^1],
            ["iqr"] = p75 - p25, ["range"] = sorted[^1] - sorted[0],
            ["mad"] = sorted.Sum(x => Math.Abs(x - mean)) / n,
            ["rmad"] = robust.Sum(x => Math.Abs(x - robustMean)) / robust.Length,
            ["medad"] = sorted.Sum(x => Math.Abs(x - p50)) / n,
            ["cov"] = Math.Sqrt(m2) / mean, ["qcod"] = (p75 - p25) / (p75 + p25),
            ["energy"] = energy, ["rms"] = Math.Sqrt(energy / n),
        };
    }
}
