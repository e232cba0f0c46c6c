using DlRadiomics.Numerics;
namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics <c>firstorder</c>: statistics of the ROI intensities X (N_p voxels) and of the discretised histogram p(i).
/// </summary>
/// <remarks>
/// With c = <c>voxelArrayShift</c>, V = voxel volume (product of spacings), ε = 2.2·10⁻¹⁶, μ = mean(X):
/// Energy = Σ(X + c)²; TotalEnergy = V·Energy; Entropy = −Σ p(i) log₂(p(i) + ε); Uniformity = Σ p(i)²;
/// Minimum, Maximum, Range = max − min; Mean = μ; Median; 10Percentile, 90Percentile and InterquartileRange = P75 − P25
/// with numpy's linear interpolation between order statistics; MeanAbsoluteDeviation = mean|X − μ|;
/// RobustMeanAbsoluteDeviation = mean|X' − mean(X')| over X' = {x : P10 ≤ x ≤ P90};
/// RootMeanSquared = √(Energy / N_p); Variance = mean (X − μ)² (population); StandardDeviation = √Variance (only when
/// listed explicitly, as in PyRadiomics); Skewness = m₃ / m₂^1.5 and Kurtosis = m₄ / m₂² (not excess kurtosis) with
/// central moments m_k, both 0 for a flat region (m₂ = 0).
/// </remarks>
public sealed class FirstOrderFeatures : IFeatureClass
{
    public string Name => "firstorder";

    public IReadOnlyList<string> DefaultFeatures { get; } =
    [
        "10Percentile", "90Percentile", "Energy", "Entropy", "InterquartileRange", "Kurtosis", "Maximum", "Mean",
        "MeanAbsoluteDeviation", "Median", "Minimum", "Range", "RobustMeanAbsoluteDeviation", "RootMeanSquared",
        "Skewness", "TotalEnergy", "Uniformity", "Variance",
    ];

    public IReadOnlyList<string> ExtraFeatures { get; } = ["StandardDeviation"];

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var x = input.Volume.RoiIntensities();
        int n = x.Length;
        double shift = input.Settings.VoxelArrayShift;
        var spacing = input.Volume.Spacing;

        var sorted = (double[])x.Clone();
        Array.Sort(sorted);
        double mean = x.Average();
        double m2 = 0, m3 = 0, m4 = 0, energy = 0, mad = 0;
        foreach (double v in x)
        {
            double d = v - mean, d2 = d * d;
            m2 += d2; m3 += d2 * d; m4 += d2 * d2;
            energy += (v + shift) * (v + shift);
            mad += Math.Abs(d);
        }
        m2 /= n; m3 /= n; m4 /= n; mad /= n;

        double p10 = Quantiles.Type7Numpy(sorted, 0.10), p90 = Quantiles.Type7Numpy(sorted, 0.90);
        double robustMean = 0; int robustCount = 0;
        foreach (double v in x) if (v >= p10 && v <= p90) { robustMean += v; robustCount++; }
        robustMean /= robustCount;
        double robustMad = 0;
        foreach (double v in x) if (v >= p10 && v <= p90) robustMad += Math.Abs(v - robustMean);
        robustMad /= robustCount;

        var roi = input.Discretized;
        var counts = new double[roi.MaxGrayLevel + 1];
        foreach (int b in roi.Bins) if (b > 0) counts[b]++;
        double entropy = 0, uniformity = 0;
        foreach (int g in roi.GrayLevels)
        {
            double p = counts[g] / n;
            entropy -= p * Math.Log2(p + Eps);
            uniformity += p * p;
        }

        return new Dictionary<string, double>
        {
            ["10Percentile"] = p10,
            ["90Percentile"] = p90,
            ["Energy"] = energy,
            ["Entropy"] = entropy,
            ["InterquartileRange"] = Quantiles.Type7Numpy(sorted, 0.75) - Quantiles.Type7Numpy(sorted, 0.25),
            ["Kurtosis"] = m2 == 0 ? 0 : m4 / (m2 * m2),
            ["Maximum"] = sorted[^1],
            ["Mean"] = mean,
            ["MeanAbsoluteDeviation"] = mad,
            ["Median"] = Quantiles.Type7Numpy(sorted, 0.50),
            ["Minimum"] = sorted[0],
            ["Range"] = sorted[^1] - sorted[0],
            ["RobustMeanAbsoluteDeviation"] = robustMad,
            ["RootMeanSquared"] = Math.Sqrt(energy / n),
            ["Skewness"] = m2 == 0 ? 0 : m3 / Math.Pow(m2, 1.5),
            ["TotalEnergy"] = energy * spacing.X * spacing.Y * spacing.Z,
            ["Uniformity"] = uniformity,
            ["Variance"] = m2,
            ["StandardDeviation"] = Math.Sqrt(m2),
        };
    }

    /// <summary>numpy.spacing(1), the ε PyRadiomics adds inside logarithms.</summary>
    internal const double Eps = Precision.MachineEpsilon;
}
