
namespace DlRadiomics.Radiomics.Texture;

/// <summary>
/// The emphasis/non-uniformity/variance/entropy formulas shared by the run-length, size-zone and dependence matrices
/// (PyRadiomics defines them identically; only the names differ). One definition keeps the three classes in step.
/// </summary>
/// <remarks>
/// For a count matrix P(i, j) with grey levels i (rows) and sizes j = 1, 2, … (columns), N = Σ P, p = P/N,
/// p_g(i) = Σ_j P, p_s(j) = Σ_i P, ε = 2.2·10⁻¹⁶: SmallEmphasis = Σ p_s/j² / N; LargeEmphasis = Σ p_s j² / N;
/// GrayLevelNonUniformity = Σ p_g² / N (Normalized / N²); SizeNonUniformity = Σ p_s² / N (Normalized / N²);
/// Percentage = N / Σ j·p_s(j); GrayLevelVariance = Σ (p_g/N)(i − μ_i)²; SizeVariance = Σ (p_s/N)(j − μ_j)²;
/// Entropy = −Σ p log₂(p + ε); Low/HighGrayLevelEmphasis = Σ p_g i^{∓2} / N; Small·Low/High = Σ P i^{∓2} j⁻² / N;
/// Large·Low/High = Σ P i^{∓2} j² / N.
/// </remarks>
internal static class ZoneStatistics
{
    /// <summary>Output names per formula; null leaves a formula out.</summary>
    public sealed record FeatureNames(
        string SmallEmphasis, string LargeEmphasis, string GrayLevelNonUniformity, string? GrayLevelNonUniformityNormalized,
        string SizeNonUniformity, string SizeNonUniformityNormalized, string? Percentage, string GrayLevelVariance,
        string SizeVariance, string Entropy, string LowGrayLevelEmphasis, string HighGrayLevelEmphasis,
        string SmallLowGrayLevelEmphasis, string SmallHighGrayLevelEmphasis, string LargeLowGrayLevelEmphasis,
        string LargeHighGrayLevelEmphasis);

    /// <param name="p">Row-major counts, levels.Length × columns.</param>
    /// <param name="levels">Grey level of each row.</param>
    /// <param name="columns">Number of size columns (sizes 1…columns).</param>
    /// <param name="names">Feature names.</param>
    /// <param name="emptyTotal">N used when the matrix is empty (PyRadiomics: NaN for GLRLM, 1 for GLSZM and GLDM).</param>
    public static List<(string Name, double Value)> Features(double[] p, double[] levels, int columns, FeatureNames names, double emptyTotal)
    {
        const double eps = FirstOrderFeatures.Eps;
        int n = levels.Length;
        var pg = new double[n];
        var ps = new double[columns];
        double total = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < columns; j++)
            {
                double v = p[i * columns + j];
                pg[i] += v;
                ps[j] += v;
                total += v;
            }
        if (total == 0) total = emptyTotal;

        double small = 0, large = 0, sizeNu = 0, voxels = 0, uj = 0;
        for (int j = 0; j < columns; j++)
        {
            double s = j + 1.0, v = ps[j];
            small += v / (s * s);
            large += v * s * s;
            sizeNu += v * v;
            voxels += v * s;
            uj += v / total * s;
        }
        double sizeVar = 0;
        for (int j = 0; j < columns; j++) sizeVar += ps[j] / total * (j + 1 - uj) * (j + 1 - uj);

        double grayNu = 0, low = 0, high = 0, ui = 0;
        for (int i = 0; i < n; i++)
        {
            double g = levels[i], v = pg[i];
            grayNu += v * v;
            low += v / (g * g);
            high += v * g * g;
            ui += v / total * g;
        }
        double grayVar = 0;
        for (int i = 0; i < n; i++) grayVar += pg[i] / total * (levels[i] - ui) * (levels[i] - ui);

        double entropy = 0, smallLow = 0, smallHigh = 0, largeLow = 0, largeHigh = 0;
        for (int i = 0; i < n; i++)
        {
            double g2 = levels[i] * levels[i];
            for (int j = 0; j < columns; j++)
            {
                double v = p[i * columns + j];
                if (v == 0) continue;
                double s2 = (j + 1.0) * (j + 1.0), q = v / total;
                entropy -= q * Math.Log2(q + eps);
                smallLow += v / (g2 * s2);
                smallHigh += v * g2 / s2;
                largeLow += v * s2 / g2;
                largeHigh += v * g2 * s2;
            }
        }

        var result = new List<(string Name, double Value)>();
        result.Add((names.SmallEmphasis, small / total));
        result.Add((names.LargeEmphasis, large / total));
        result.Add((names.GrayLevelNonUniformity, grayNu / total));
        if (names.GrayLevelNonUniformityNormalized is { } glnn) result.Add((glnn, grayNu / (total * total)));
        result.Add((names.SizeNonUniformity, sizeNu / total));
        result.Add((names.SizeNonUniformityNormalized, sizeNu / (total * total)));
        if (names.Percentage is { } percentage) result.Add((percentage, total / voxels));
        result.Add((names.GrayLevelVariance, grayVar));
        result.Add((names.SizeVariance, sizeVar));
        result.Add((names.Entropy, entropy));
        result.Add((names.LowGrayLevelEmphasis, low / total));
        result.Add((names.HighGrayLevelEmphasis, high / total));
        result.Add((names.SmallLowGrayLevelEmphasis, smallLow / total));
        result.Add((names.SmallHighGrayLevelEmphasis, smallHigh / total));
        result.Add((names.LargeLowGrayLevelEmphasis, largeLow / total));
        result.Add((names.LargeHighGrayLevelEmphasis, largeHigh / total));
        return result;
    }
}
