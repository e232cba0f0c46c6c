using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics <c>glszm</c>: 16 features of the grey-level size-zone matrix (Thibault et al. 2009), zones connected in
/// 26-neighbourhood (8 in 2-D).
/// </summary>
/// <remarks>
/// With P(i, j) the number of zones of level i and size j, N_z = Σ P, N_p the ROI voxel count, p = P/N_z:
/// SmallAreaEmphasis = Σ p_s/j² / N_z; LargeAreaEmphasis = Σ p_s j² / N_z; GrayLevelNonUniformity = Σ p_g² / N_z
/// (Normalized / N_z²); SizeZoneNonUniformity = Σ p_s² / N_z (Normalized / N_z²); ZonePercentage = N_z / N_p;
/// GrayLevelVariance, ZoneVariance, ZoneEntropy and the grey-level emphases as in <see cref="GlrlmFeatures"/>
/// with zone size in place of run length.
/// </remarks>
public sealed class GlszmFeatures : IFeatureClass
{
    public string Name => "glszm";

    public IReadOnlyList<string> DefaultFeatures { get; } =
    [
        "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized", "GrayLevelVariance", "HighGrayLevelZoneEmphasis",
        "LargeAreaEmphasis", "LargeAreaHighGrayLevelEmphasis", "LargeAreaLowGrayLevelEmphasis", "LowGrayLevelZoneEmphasis",
        "SizeZoneNonUniformity", "SizeZoneNonUniformityNormalized", "SmallAreaEmphasis", "SmallAreaHighGrayLevelEmphasis",
        "SmallAreaLowGrayLevelEmphasis", "ZoneEntropy", "ZonePercentage", "ZoneVariance",
    ];

    public IReadOnlyList<string> ExtraFeatures { get; } = [];

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var glszm = GrayLevelSizeZoneMatrix.Compute(input.Discretized, input.Settings);
        var levels = glszm.GrayLevels.Select(g => (double)g).ToArray();
        return ZoneStatistics.Features(glszm.Counts, levels, glszm.MaxZoneSize, Names, emptyTotal: 1).ToDictionary(f => f.Name, f => f.Value);
    }

    private static readonly ZoneStatistics.FeatureNames Names = new(
        SmallEmphasis: "SmallAreaEmphasis", LargeEmphasis: "LargeAreaEmphasis",
        GrayLevelNonUniformity: "GrayLevelNonUniformity", GrayLevelNonUniformityNormalized: "GrayLevelNonUniformityNormalized",
        SizeNonUniformity: "SizeZoneNonUniformity", SizeNonUniformityNormalized: "SizeZoneNonUniformityNormalized",
        Percentage: "ZonePercentage", GrayLevelVariance: "GrayLevelVariance", SizeVariance: "ZoneVariance", Entropy: "ZoneEntropy",
        LowGrayLevelEmphasis: "LowGrayLevelZoneEmphasis", HighGrayLevelEmphasis: "HighGrayLevelZoneEmphasis",
        SmallLowGrayLevelEmphasis: "SmallAreaLowGrayLevelEmphasis", SmallHighGrayLevelEmphasis: "SmallAreaHighGrayLevelEmphasis",
        LargeLowGrayLevelEmphasis: "LargeAreaLowGrayLevelEmphasis", LargeHighGrayLevelEmphasis: "LargeAreaHighGrayLevelEmphasis");
}
