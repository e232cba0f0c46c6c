using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics;

/// <summary>PyRadiomics <c>ngtdm</c>: 5 features of the neighbouring grey-tone difference matrix (Amadasun and King 1989).</summary>
/// <remarks>
/// With n_i, s_i from <see cref="NeighbouringGrayToneDifferenceMatrix"/>, N_vp = Σ n_i, p_i = n_i / N_vp, N_gp the number
/// of levels with p_i &gt; 0 and all sums over those levels:
/// Coarseness = 1 / Σ p_i s_i (10⁶ when the sum is 0);
/// Contrast = [Σ_i Σ_j p_i p_j (i − j)² / (N_gp (N_gp − 1))]·[Σ s_i / N_vp] (0 when N_gp = 1);
/// Busyness = Σ p_i s_i / Σ_i Σ_j |i p_i − j p_j| (0 when the denominator is 0);
/// Complexity = Σ_i Σ_j |i − j| (p_i s_i + p_j s_j)/(p_i + p_j) / N_vp;
/// Strength = Σ_i Σ_j (p_i + p_j)(i − j)² / Σ s_i (0 when Σ s_i = 0).
/// </remarks>
public sealed class NgtdmFeatures : IFeatureClass
{
    public string Name => "ngtdm";

    public IReadOnlyList<string> DefaultFeatures { get; } = ["Busyness", "Coarseness", "Complexity", "Contrast", "Strength"];

    public IReadOnlyList<string> ExtraFeatures { get; } = [];

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var m = NeighbouringGrayToneDifferenceMatrix.Compute(input.Discretized, input.Settings);
        var g = m.GrayLevels.Select(l => (double)l).ToArray();
        int n = g.Length;
        double nvp = m.Counts.Sum(), sumS = m.Differences.Sum();
        var p = m.Counts.Select(c => c / nvp).ToArray();
        var s = m.Differences;

        double coarse = 0;
        for (int i = 0; i < n; i++) coarse += p[i] * s[i];
        double contrastSum = 0, busyDenominator = 0, complexity = 0, strength = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double d = g[i] - g[j];
                contrastSum += p[i] * p[j] * d * d;
                busyDenominator += Math.Abs(g[i] * p[i] - g[j] * p[j]);
                complexity += Math.Abs(d) * (p[i] * s[i] + p[j] * s[j]) / (p[i] + p[j]);
                strength += (p[i] + p[j]) * d * d;
            }
        double contrastDivisor = n * (n - 1.0);
        return new Dictionary<string, double>
        {
            ["Busyness"] = busyDenominator != 0 ? coarse / busyDenominator : 0,
            ["Coarseness"] = coarse != 0 ? 1 / coarse : 1e6,
            ["Complexity"] = complexity / nvp,
            ["Contrast"] = contrastDivisor != 0 ? contrastSum * sumS / nvp / contrastDivisor : 0,
            ["Strength"] = sumS != 0 ? strength / sumS : 0,
        };
    }
}
