using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics <c>glrlm</c>: 16 features of the grey-level run-length matrix (Galloway 1975; Chu et al. 1990;
/// Dasarathy and Holder 1991), computed per direction and averaged (numpy.nanmean), or on the weighted matrix.
/// </summary>
/// <remarks>
/// With P(i, j) the run counts, N_r = Σ P (runs), N_p = Σ j·P(i, j) (voxels), p_g(i) = Σ_j P, p_r(j) = Σ_i P,
/// p = P/N_r, ε = 2.2·10⁻¹⁶: ShortRunEmphasis = Σ p_r(j)/j² / N_r; LongRunEmphasis = Σ p_r(j) j² / N_r;
/// GrayLevelNonUniformity = Σ p_g² / N_r (Normalized: / N_r²); RunLengthNonUniformity = Σ p_r² / N_r (Normalized: / N_r²);
/// RunPercentage = N_r / N_p; GrayLevelVariance = Σ p (i − μ_i)²; RunVariance = Σ p (j − μ_j)²;
/// RunEntropy = −Σ p log₂(p + ε); Low/HighGrayLevelRunEmphasis = Σ p_g(i) i^{∓2} / N_r;
/// ShortRunLow/HighGrayLevelEmphasis = Σ P i^{∓2} j⁻² / N_r; LongRunLow/HighGrayLevelEmphasis = Σ P i^{∓2} j² / N_r.
/// </remarks>
public sealed class GlrlmFeatures : IFeatureClass
{
    public string Name => "glrlm";

    public IReadOnlyList<string> DefaultFeatures { get; } =
    [
        "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized", "GrayLevelVariance", "HighGrayLevelRunEmphasis",
        "LongRunEmphasis", "LongRunHighGrayLevelEmphasis", "LongRunLowGrayLevelEmphasis", "LowGrayLevelRunEmphasis",
        "RunEntropy", "RunLengthNonUniformity", "RunLengthNonUniformityNormalized", "RunPercentage", "RunVariance",
        "ShortRunEmphasis", "ShortRunHighGrayLevelEmphasis", "ShortRunLowGrayLevelEmphasis",
    ];

    public IReadOnlyList<string> ExtraFeatures { get; } = [];

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var glrlm = GrayLevelRunLengthMatrix.Compute(input.Discretized, input.Settings);
        var levels = glrlm.GrayLevels.Select(g => (double)g).ToArray();
        var perAngle = DefaultFeatures.ToDictionary(f => f, _ => new double[glrlm.Matrices.Count]);
        for (int a = 0; a < glrlm.Matrices.Count; a++)
            foreach (var (name, value) in ZoneStatistics.Features(glrlm.Matrices[a], levels, glrlm.MaxRunLength, Names, emptyTotal: double.NaN))
                perAngle[name][a] = value;
        return perAngle.ToDictionary(kv => kv.Key, kv => AngleAverage.NanMean(kv.Value));
    }

    private static readonly ZoneStatistics.FeatureNames Names = new(
        SmallEmphasis: "ShortRunEmphasis", LargeEmphasis: "LongRunEmphasis",
        GrayLevelNonUniformity: "GrayLevelNonUniformity", GrayLevelNonUniformityNormalized: "GrayLevelNonUniformityNormalized",
        SizeNonUniformity: "RunLengthNonUniformity", SizeNonUniformityNormalized: "RunLengthNonUniformityNormalized",
        Percentage: "RunPercentage", GrayLevelVariance: "GrayLevelVariance", SizeVariance: "RunVariance", Entropy: "RunEntropy",
        LowGrayLevelEmphasis: "LowGrayLevelRunEmphasis", HighGrayLevelEmphasis: "HighGrayLevelRunEmphasis",
        SmallLowGrayLevelEmphasis: "ShortRunLowGrayLevelEmphasis", SmallHighGrayLevelEmphasis: "ShortRunHighGrayLevelEmphasis",
        LargeLowGrayLevelEmphasis: "LongRunLowGrayLevelEmphasis", LargeHighGrayLevelEmphasis: "LongRunHighGrayLevelEmphasis");
}
