using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;
using Xunit.Abstractions;

namespace DlRadiomics.Tests.Radiomics;

/// <summary>
/// The IBSI-1 digital phantom: the features that have a PyRadiomics counterpart, computed with the phantom's
/// configuration (no discretisation: bin width 1 keeps the grey levels 1…6), compared with the consensus values.
/// IBSI prints 3 significant digits; a value is within tolerance when it is within the published tolerance or rounds
/// to the published digits. The test reports every comparison and asserts the count that is known to agree.
/// </summary>
public sealed class IbsiDigitalPhantomTests(ITestOutputHelper output)
{
    // IBSI tag → PyRadiomics key (without the original_ prefix). "avg": per-direction average (PyRadiomics' default);
    // "comb": one merged matrix (weightingNorm: no_weighting). Kurtosis: IBSI reports excess kurtosis (ours − 3).
    private static readonly (string Tag, string Key)[] Map =
    [
        ("morph_volume", "shape_MeshVolume"), ("morph_vol_approx", "shape_VoxelVolume"), ("morph_area_mesh", "shape_SurfaceArea"),
        ("morph_av", "shape_SurfaceVolumeRatio"), ("morph_comp_1", "shape_Compactness1"), ("morph_comp_2", "shape_Compactness2"),
        ("morph_sph_dispr", "shape_SphericalDisproportion"), ("morph_sphericity", "shape_Sphericity"),
        ("morph_diam", "shape_Maximum3DDiameter"), ("morph_pca_maj_axis", "shape_MajorAxisLength"),
        ("morph_pca_min_axis", "shape_MinorAxisLength"), ("morph_pca_least_axis", "shape_LeastAxisLength"),
        ("morph_pca_elongation", "shape_Elongation"), ("morph_pca_flatness", "shape_Flatness"),
        ("stat_mean", "firstorder_Mean"), ("stat_var", "firstorder_Variance"), ("stat_skew", "firstorder_Skewness"),
        ("stat_kurt", "firstorder_Kurtosis"), ("stat_median", "firstorder_Median"), ("stat_min", "firstorder_Minimum"),
        ("stat_p10", "firstorder_10Percentile"), ("stat_p90", "firstorder_90Percentile"), ("stat_max", "firstorder_Maximum"),
        ("stat_iqr", "firstorder_InterquartileRange"), ("stat_range", "firstorder_Range"), ("stat_mad", "firstorder_MeanAbsoluteDeviation"),
        ("stat_rmad", "firstorder_RobustMeanAbsoluteDeviation"), ("stat_energy", "firstorder_Energy"), ("stat_rms", "firstorder_RootMeanSquared"),
        ("ih_entropy", "firstorder_Entropy"), ("ih_uniformity", "firstorder_Uniformity"),
        ("cm_joint_max", "glcm_MaximumProbability"), ("cm_joint_avg", "glcm_JointAverage"), ("cm_joint_var", "glcm_SumSquares"),
        ("cm_joint_entr", "glcm_JointEntropy"), ("cm_diff_avg", "glcm_DifferenceAverage"), ("cm_diff_var", "glcm_DifferenceVariance"),
        ("cm_diff_entr", "glcm_DifferenceEntropy"), ("cm_sum_avg", "glcm_SumAverage"), ("cm_sum_entr", "glcm_SumEntropy"),
        ("cm_energy", "glcm_JointEnergy"), ("cm_contrast", "glcm_Contrast"), ("cm_inv_diff", "glcm_Id"), ("cm_inv_diff_norm", "glcm_Idn"),
        ("cm_inv_diff_mom", "glcm_Idm"), ("cm_inv_diff_mom_norm", "glcm_Idmn"), ("cm_inv_var", "glcm_InverseVariance"),
        ("cm_corr", "glcm_Correlation"), ("cm_auto_corr", "glcm_Autocorrelation"), ("cm_clust_tend", "glcm_ClusterTendency"),
        ("cm_clust_shade", "glcm_ClusterShade"), ("cm_clust_prom", "glcm_ClusterProminence"), ("cm_info_corr1", "glcm_Imc1"),
        ("cm_info_corr2", "glcm_Imc2"),
        ("rlm_sre", "glrlm_ShortRunEmphasis"), ("rlm_lre", "glrlm_LongRunEmphasis"), ("rlm_lgre", "glrlm_LowGrayLevelRunEmphasis"),
        ("rlm_hgre", "glrlm_HighGrayLevelRunEmphasis"), ("rlm_srlge", "glrlm_ShortRunLowGrayLevelEmphasis"),
        ("rlm_srhge", "glrlm_ShortRunHighGrayLevelEmphasis"), ("rlm_lrlge", "glrlm_LongRunLowGrayLevelEmphasis"),
        ("rlm_lrhge", "glrlm_LongRunHighGrayLevelEmphasis"), ("rlm_glnu", "glrlm_GrayLevelNonUniformity"),
        ("rlm_glnu_norm", "glrlm_GrayLevelNonUniformityNormalized"), ("rlm_rlnu", "glrlm_RunLengthNonUniformity"),
        ("rlm_rlnu_norm", "glrlm_RunLengthNonUniformityNormalized"), ("rlm_r_perc", "glrlm_RunPercentage"),
        ("rlm_gl_var", "glrlm_GrayLevelVariance"), ("rlm_rl_var", "glrlm_RunVariance"), ("rlm_rl_entr", "glrlm_RunEntropy"),
        ("szm_sze", "glszm_SmallAreaEmphasis"), ("szm_lze", "glszm_LargeAreaEmphasis"), ("szm_lgze", "glszm_LowGrayLevelZoneEmphasis"),
        ("szm_hgze", "glszm_HighGrayLevelZoneEmphasis"), ("szm_szlge", "glszm_SmallAreaLowGrayLevelEmphasis"),
        ("szm_szhge", "glszm_SmallAreaHighGrayLevelEmphasis"), ("szm_lzlge", "glszm_LargeAreaLowGrayLevelEmphasis"),
        ("szm_lzhge", "glszm_LargeAreaHighGrayLevelEmphasis"), ("szm_glnu", "glszm_GrayLevelNonUniformity"),
        ("szm_glnu_norm", "glszm_GrayLevelNonUniformityNormalized"), ("szm_zsnu", "glszm_SizeZoneNonUniformity"),
        ("szm_zsnu_norm", "glszm_SizeZoneNonUniformityNormalized"), ("szm_z_perc", "glszm_ZonePercentage"),
        ("szm_gl_var", "glszm_GrayLevelVariance"), ("szm_zs_var", "glszm_ZoneVariance"), ("szm_zs_entr", "glszm_ZoneEntropy"),
        ("ngt_coarseness", "ngtdm_Coarseness"), ("ngt_contrast", "ngtdm_Contrast"), ("ngt_busyness", "ngtdm_Busyness"),
        ("ngt_complexity", "ngtdm_Complexity"), ("ngt_strength", "ngtdm_Strength"),
        // IBSI's low/high dependence are PyRadiomics' small/large dependence.
        ("ngl_lde", "gldm_SmallDependenceEmphasis"), ("ngl_hde", "gldm_LargeDependenceEmphasis"), ("ngl_lgce", "gldm_LowGrayLevelEmphasis"),
        ("ngl_hgce", "gldm_HighGrayLevelEmphasis"), ("ngl_ldlge", "gldm_SmallDependenceLowGrayLevelEmphasis"),
        ("ngl_ldhge", "gldm_SmallDependenceHighGrayLevelEmphasis"), ("ngl_hdlge", "gldm_LargeDependenceLowGrayLevelEmphasis"),
        ("ngl_hdhge", "gldm_LargeDependenceHighGrayLevelEmphasis"), ("ngl_glnu", "gldm_GrayLevelNonUniformity"),
        ("ngl_dcnu", "gldm_DependenceNonUniformity"), ("ngl_dcnu_norm", "gldm_DependenceNonUniformityNormalized"),
        ("ngl_gl_var", "gldm_GrayLevelVariance"), ("ngl_dc_var", "gldm_DependenceVariance"), ("ngl_dc_entr", "gldm_DependenceEntropy"),
    ];

    private const string Parameters = """
        setting: {binWidth: 1, minimumROIDimensions: 1, voxelArrayShift: 0, additionalInfo: false}
        featureClass:
          shape: [MeshVolume, VoxelVolume, SurfaceArea, SurfaceVolumeRatio, Compactness1, Compactness2, SphericalDisproportion,
                  Sphericity, Maximum3DDiameter, MajorAxisLength, MinorAxisLength, LeastAxisLength, Elongation, Flatness]
          firstorder:
          glcm:
          glrlm:
          glszm:
          ngtdm:
          gldm:
        """;

    [SkippableFact]
    public void Reports_how_many_IBSI_phantom_values_are_reproduced()
    {
        string dir = SharedData.Path("reference/ibsi/digital_phantom");
        var reference = File.ReadAllLines(Path.Combine(dir, "reference_values.csv")).Skip(1)
            .Select(l => l.Split(';')).Where(f => f[0] != "")
            .ToDictionary(f => f[2], f => (Value: double.Parse(f[0], CultureInfo.InvariantCulture), Tolerance: double.Parse(f[1], CultureInfo.InvariantCulture)));
        var image = ImageFile.ReadImage(Path.Combine(dir, "image.nii.gz"));
        var mask = ImageFile.ReadMask(Path.Combine(dir, "mask.nii.gz"));
        var parameters = ParameterFile.Parse(Parameters);
        var averaged = new RadiomicsExtractor(parameters).Extract(image, mask);
        var merged = new RadiomicsExtractor(parameters with { Settings = parameters.Settings with { WeightingNorm = WeightingNorm.NoWeighting } }).Extract(image, mask);

        int compared = 0, within = 0;
        foreach (var (tag, key) in Map)
            foreach (var (suffix, result) in new[] { ("", averaged), ("_3D_avg", averaged), ("_3D_comb", merged), ("_3D", averaged) })
            {
                if (!reference.TryGetValue(tag + suffix, out var r)) continue;
                double ours = result["original_" + key] - (tag == "stat_kurt" ? 3 : 0);
                bool ok = Math.Abs(ours - r.Value) <= r.Tolerance || RoundsTo(ours, r.Value);
                compared++;
                if (ok) within++;
                output.WriteLine($"{(ok ? "ok  " : "DIFF")} {tag + suffix,-32} IBSI {r.Value,-10} ours {ours:G6}");
            }
        output.WriteLine($"{within} of {compared} IBSI digital-phantom values with a PyRadiomics counterpart are within tolerance");
        Assert.True(compared >= 100, $"only {compared} IBSI values were matched to features");
        Assert.True(within >= KnownAgreement, $"{within} of {compared} within tolerance, expected at least {KnownAgreement}");
    }

    /// <summary>
    /// Values found to agree when this test was written (142 of 144; the two misses are the PCA minor and least axis
    /// lengths, 9.24 and 8.48 against 9.31 and 8.54). A drop means a regression.
    /// </summary>
    private const int KnownAgreement = 142;

    /// <summary>True when <paramref name="value"/> rounds to <paramref name="reference"/> at the reference's 3 significant digits.</summary>
    private static bool RoundsTo(double value, double reference)
    {
        if (reference == 0) return Math.Abs(value) < 5e-4;
        double scale = Math.Pow(10, 2 - Math.Floor(Math.Log10(Math.Abs(reference))));
        return Math.Round(value * scale) == Math.Round(reference * scale);
    }
}
