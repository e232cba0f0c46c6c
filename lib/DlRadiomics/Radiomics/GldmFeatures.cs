using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics <c>gldm</c>: 14 features of the grey-level dependence matrix (Sun and Wee 1983).
/// </summary>
/// <remarks>
/// With P(i, j) the number of voxels of level i with dependence size j (j − 1 dependent neighbours),
/// N_z = Σ P = N_p: SmallDependenceEmphasis = Σ p_d/j² / N_z; LargeDependenceEmphasis = Σ p_d j² / N_z;
/// GrayLevelNonUniformity = Σ p_g² / N_z; DependenceNonUniformity = Σ p_d² / N_z (Normalized / N_z²);
/// GrayLevelVariance, DependenceVariance, DependenceEntropy and the grey-level emphases as in
/// <see cref="GlrlmFeatures"/> with dependence size in place of run length. Deprecated (no value, as in PyRadiomics):
/// GrayLevelNonUniformityNormalized (= firstorder Uniformity) and DependencePercentage (always 1).
/// </remarks>
public sealed class GldmFeatures : IFeatureClass
{
    public string Name => "gldm";

    public IReadOnlyList<string> DefaultFeatures { get; } =
    [
        "DependenceEntropy", "DependenceNonUniformity", "DependenceNonUniformityNormalized", "DependenceVariance",
        "GrayLevelNonUniformity", "GrayLevelVariance", "HighGrayLevelEmphasis", "LargeDependenceEmphasis",
        "LargeDependenceHighGrayLevelEmphasis", "LargeDependenceLowGrayLevelEmphasis", "LowGrayLevelEmphasis",
        "SmallDependenceEmphasis", "SmallDependenceHighGrayLevelEmphasis", "SmallDependenceLowGrayLevelEmphasis",
    ];

    public IReadOnlyList<string> ExtraFeatures { get; } = [];

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>
    {
        ["GrayLevelNonUniformityNormalized"] = "firstorder Uniformity", ["DependencePercentage"] = "nothing (it is always 1)",
    };

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var gldm = GrayLevelDependenceMatrix.Compute(input.Discretized, input.Settings);
        var levels = gldm.GrayLevels.Select(g => (double)g).ToArray();
        return ZoneStatistics.Features(gldm.Counts, levels, gldm.Columns, Names, emptyTotal: 1).ToDictionary(f => f.Name, f => f.Value);
    }

    private static readonly ZoneStatistics.FeatureNames Names = new(
        SmallEmphasis: "SmallDependenceEmphasis", LargeEmphasis: "LargeDependenceEmphasis",
        GrayLevelNonUniformity: "GrayLevelNonUniformity", GrayLevelNonUniformityNormalized: null,
        SizeNonUniformity: "DependenceNonUniformity", SizeNonUniformityNormalized: "DependenceNonUniformityNormalized",
        Percentage: null, GrayLevelVariance: "GrayLevelVariance", SizeVariance: "DependenceVariance", Entropy: "DependenceEntropy",
        LowGrayLevelEmphasis: "LowGrayLevelEmphasis", HighGrayLevelEmphasis: "HighGrayLevelEmphasis",
        SmallLowGrayLevelEmphasis: "SmallDependenceLowGrayLevelEmphasis", SmallHighGrayLevelEmphasis: "SmallDependenceHighGrayLevelEmphasis",
        LargeLowGrayLevelEmphasis: "LargeDependenceLowGrayLevelEmphasis", LargeHighGrayLevelEmphasis: "LargeDependenceHighGrayLevelEmphasis");
}
