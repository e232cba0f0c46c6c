namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// The IBSI-1 feature tags (487, in the order of IBSI's reference tables), each with its PyRadiomics counterpart (if
/// any), whether the definitions agree, and whether this library computes it. The README of this folder explains the
/// differences with formulas.
/// </summary>
public static class IbsiFeatureMap
{
    private const string Shape = "PyRadiomics shape class (marching-cubes mesh, principal moments of the voxel centres)";
    private const string CovarianceDivisor = "PyRadiomics: 4√λ of the population covariance of the voxel centres (divisor N); IBSI: of the sample covariance (divisor N − 1), i.e. PyRadiomics × √(N/(N − 1))";
    private const string NoAggregation = "PyRadiomics has no such aggregation; computed from the engine's matrices with IBSI's aggregation";
    private const string Force2DIsTwoAndAHalfD = "PyRadiomics force2D (z slices) counts all slices in one matrix: IBSI's 2.5D";

    private static readonly Dictionary<string, PyRadiomicsAggregation> DirectionalSettings = new()
    {
        ["2_5D_avg"] = PyRadiomicsAggregation.Force2D, ["2_5D_comb"] = PyRadiomicsAggregation.Force2DMergedDirections,
        ["3D_avg"] = PyRadiomicsAggregation.Volume, ["3D_comb"] = PyRadiomicsAggregation.MergedDirections,
    };

    private static readonly Dictionary<string, PyRadiomicsAggregation> ZoneSettings = new()
    {
        ["2_5D"] = PyRadiomicsAggregation.Force2D, ["3D"] = PyRadiomicsAggregation.Volume,
    };

    /// <summary>Every tag, in the reference table's order.</summary>
    public static IReadOnlyList<IbsiFeatureDefinition> All { get; } = Build();

    /// <summary>The definition of <paramref name="tag"/>.</summary>
    public static IbsiFeatureDefinition Find(string tag) =>
        All.FirstOrDefault(d => d.Tag == tag) ?? throw new IbsiException($"unknown IBSI tag '{tag}'");

    private static List<IbsiFeatureDefinition> Build()
    {
        var list = new List<IbsiFeatureDefinition>();
        const PyRadiomicsAggregation Volume = PyRadiomicsAggregation.Volume;
        void Same(string tag, string feature, string note) => list.Add(new(tag, feature, Volume, IbsiAgreement.SameDefinition, note));
        void Differs(string tag, string feature, string note) => list.Add(new(tag, feature, Volume, IbsiAgreement.DifferentDefinition, note));
        void Only(string tag, string note) => list.Add(new(tag, null, Volume, IbsiAgreement.IbsiOnly, note));
        void Not(string tag, string note) => list.Add(new(tag, null, Volume, IbsiAgreement.NotComputed, note));

        Same("morph_volume", "original_shape_MeshVolume", Shape);
        Same("morph_vol_approx", "original_shape_VoxelVolume", Shape);
        Same("morph_area_mesh", "original_shape_SurfaceArea", Shape);
        Same("morph_av", "original_shape_SurfaceVolumeRatio", Shape);
        Same("morph_comp_1", "original_shape_Compactness1", Shape + "; deprecated in PyRadiomics, computed only when named");
        Same("morph_comp_2", "original_shape_Compactness2", Shape + "; deprecated in PyRadiomics, computed only when named");
        Same("morph_sph_dispr", "original_shape_SphericalDisproportion", Shape + "; deprecated in PyRadiomics, computed only when named");
        Same("morph_sphericity", "original_shape_Sphericity", Shape);
        Only("morph_asphericity", "∛(A³/(36πV²)) − 1 = SphericalDisproportion − 1");
        Only("morph_com", "centre-of-mass shift between the ROI's geometric and intensity-weighted centres");
        Same("morph_diam", "original_shape_Maximum3DDiameter", Shape);
        Differs("morph_pca_maj_axis", "original_shape_MajorAxisLength", CovarianceDivisor);
        Differs("morph_pca_min_axis", "original_shape_MinorAxisLength", CovarianceDivisor);
        Differs("morph_pca_least_axis", "original_shape_LeastAxisLength", CovarianceDivisor);
        Same("morph_pca_elongation", "original_shape_Elongation", Shape);
        Same("morph_pca_flatness", "original_shape_Flatness", Shape);
        Only("morph_vol_dens_aabb", "mesh volume / axis-aligned bounding box volume");
        Only("morph_area_dens_aabb", "mesh area / axis-aligned bounding box area");
        Not("morph_vol_dens_ombb", "IBSI gives no reference value (oriented minimum bounding box)");
        Not("morph_area_dens_ombb", "IBSI gives no reference value (oriented minimum bounding box)");
        Only("morph_vol_dens_aee", "mesh volume / volume of the PCA ellipsoid (semi-axes 2√λ, sample covariance)");
        Only("morph_area_dens_aee", "mesh area / area of the PCA ellipsoid (Legendre series)");
        Not("morph_vol_dens_mvee", "IBSI gives no reference value (minimum-volume enclosing ellipsoid)");
        Not("morph_area_dens_mvee", "IBSI gives no reference value (minimum-volume enclosing ellipsoid)");
        Only("morph_vol_dens_conv_hull", "mesh volume / volume of the convex hull of the mesh vertices");
        Only("morph_area_dens_conv_hull", "mesh area / area of the convex hull of the mesh vertices");
        Only("morph_integ_int", "mesh volume × mean intensity");
        Only("morph_moran_i", "Moran's I with inverse-distance weights over all ROI voxel pairs");
        Only("morph_geary_c", "Geary's C with inverse-distance weights over all ROI voxel pairs");

        Only("loc_peak_loc", "mean intensity in a 1 cm³ sphere around the ROI's brightest voxel");
        Only("loc_peak_glob", "largest mean intensity in a 1 cm³ sphere around any ROI voxel");

        const string FirstOrder = "PyRadiomics firstorder on the ROI intensities";
        var stat = new (string Ibsi, string? Py)[]
        {
            ("mean", "Mean"), ("var", "Variance"), ("skew", "Skewness"), ("kurt", "Kurtosis"), ("median", "Median"),
            ("min", "Minimum"), ("p10", "10Percentile"), ("p90", "90Percentile"), ("max", "Maximum"),
            ("iqr", "InterquartileRange"), ("range", "Range"), ("mad", "MeanAbsoluteDeviation"),
            ("rmad", "RobustMeanAbsoluteDeviation"), ("medad", null), ("cov", null), ("qcod", null), ("energy", "Energy"),
            ("rms", "RootMeanSquared"),
        };
        foreach (var (ibsi, py) in stat)
        {
            string tag = "stat_" + ibsi;
            if (ibsi == "kurt") Differs(tag, "original_firstorder_Kurtosis", "PyRadiomics Kurtosis = m₄/m₂²; IBSI subtracts 3 (excess kurtosis)");
            else if (ibsi == "energy" || ibsi == "rms") Same(tag, "original_firstorder_" + py, FirstOrder + " with voxelArrayShift 0 (PyRadiomics' default)");
            else if (py is null) Only(tag, ibsi switch
            {
                "medad" => "mean absolute deviation from the median",
                "cov" => "coefficient of variation √m₂/μ",
                _ => "quartile coefficient of dispersion (P75 − P25)/(P75 + P25)",
            });
            else Same(tag, "original_firstorder_" + py, FirstOrder);
        }

        const string OnGreyLevels = "IBSI computes it on the discretised grey levels; PyRadiomics' first-order features use the intensities (they agree when binWidth 1 keeps integer intensities)";
        foreach (var ibsi in new[] { "mean", "var", "skew", "kurt", "median", "min", "p10", "p90", "max", "mode", "iqr", "range", "mad", "rmad", "medad", "cov", "qcod" })
            Only("ih_" + ibsi, ibsi == "mode" ? "most frequent grey level" : OnGreyLevels);
        Same("ih_entropy", "original_firstorder_Entropy", "PyRadiomics Entropy is computed on the discretised histogram: −Σ p log₂(p + ε)");
        Same("ih_uniformity", "original_firstorder_Uniformity", "PyRadiomics Uniformity is computed on the discretised histogram");
        foreach (var ibsi in new[] { "max_grad", "max_grad_g", "min_grad", "min_grad_g" })
            Only("ih_" + ibsi, "histogram gradient (central differences, one-sided at the ends)");

        foreach (var ibsi in new[] { "v10", "v90", "i10", "i90", "diff_v10_v90", "diff_i10_i90" })
            Only("ivh_" + ibsi, "intensity-volume histogram of the discretised grey levels");
        Not("ivh_auc", "IBSI gives no reference value");

        var glcm = new Dictionary<string, string>
        {
            ["joint_max"] = "MaximumProbability", ["joint_avg"] = "JointAverage", ["joint_var"] = "SumSquares", ["joint_entr"] = "JointEntropy",
            ["diff_avg"] = "DifferenceAverage", ["diff_var"] = "DifferenceVariance", ["diff_entr"] = "DifferenceEntropy",
            ["sum_avg"] = "SumAverage", ["sum_var"] = "ClusterTendency", ["sum_entr"] = "SumEntropy", ["energy"] = "JointEnergy",
            ["contrast"] = "Contrast", ["dissimilarity"] = "DifferenceAverage", ["inv_diff"] = "Id", ["inv_diff_norm"] = "Idn",
            ["inv_diff_mom"] = "Idm", ["inv_diff_mom_norm"] = "Idmn", ["inv_var"] = "InverseVariance", ["corr"] = "Correlation",
            ["auto_corr"] = "Autocorrelation", ["clust_tend"] = "ClusterTendency", ["clust_shade"] = "ClusterShade",
            ["clust_prom"] = "ClusterProminence", ["info_corr1"] = "Imc1", ["info_corr2"] = "Imc2",
        };
        Texture(list, "cm", IbsiCooccurrenceFeatures.Names, ["2D_avg", "2D_comb", "2_5D_avg", "2_5D_comb", "3D_avg", "3D_comb"], "glcm", glcm, DirectionalSettings,
            (name, _) => (IbsiAgreement.SameDefinition, name switch
            {
                "sum_var" => "equals PyRadiomics ClusterTendency for a symmetric matrix (PyRadiomics dropped SumVariance as a duplicate)",
                "dissimilarity" => "equals PyRadiomics DifferenceAverage (PyRadiomics dropped Dissimilarity as a duplicate)",
                _ => "PyRadiomics glcm (symmetricalGLCM, distance 1)",
            }));

        var glrlm = new Dictionary<string, string>
        {
            ["sre"] = "ShortRunEmphasis", ["lre"] = "LongRunEmphasis", ["lgre"] = "LowGrayLevelRunEmphasis", ["hgre"] = "HighGrayLevelRunEmphasis",
            ["srlge"] = "ShortRunLowGrayLevelEmphasis", ["srhge"] = "ShortRunHighGrayLevelEmphasis", ["lrlge"] = "LongRunLowGrayLevelEmphasis",
            ["lrhge"] = "LongRunHighGrayLevelEmphasis", ["glnu"] = "GrayLevelNonUniformity", ["glnu_norm"] = "GrayLevelNonUniformityNormalized",
            ["rlnu"] = "RunLengthNonUniformity", ["rlnu_norm"] = "RunLengthNonUniformityNormalized", ["r_perc"] = "RunPercentage",
            ["gl_var"] = "GrayLevelVariance", ["rl_var"] = "RunVariance", ["rl_entr"] = "RunEntropy",
        };
        Texture(list, "rlm", Names(IbsiCountMatrixFeatures.RunLength), ["2D_avg", "2D_comb", "2_5D_avg", "2_5D_comb", "3D_avg", "3D_comb"], "glrlm", glrlm, DirectionalSettings,
            (name, _) => (IbsiAgreement.SameDefinition, name == "r_perc"
                ? "PyRadiomics glrlm RunPercentage = N_r / N_p with N_p = Σ j·P(i, j) (N_v per direction, so N_v times the directions of a merged matrix, as IBSI)"
                : "PyRadiomics glrlm"));

        var glszm = new Dictionary<string, string>
        {
            ["sze"] = "SmallAreaEmphasis", ["lze"] = "LargeAreaEmphasis", ["lgze"] = "LowGrayLevelZoneEmphasis", ["hgze"] = "HighGrayLevelZoneEmphasis",
            ["szlge"] = "SmallAreaLowGrayLevelEmphasis", ["szhge"] = "SmallAreaHighGrayLevelEmphasis", ["lzlge"] = "LargeAreaLowGrayLevelEmphasis",
            ["lzhge"] = "LargeAreaHighGrayLevelEmphasis", ["glnu"] = "GrayLevelNonUniformity", ["glnu_norm"] = "GrayLevelNonUniformityNormalized",
            ["zsnu"] = "SizeZoneNonUniformity", ["zsnu_norm"] = "SizeZoneNonUniformityNormalized", ["z_perc"] = "ZonePercentage",
            ["gl_var"] = "GrayLevelVariance", ["zs_var"] = "ZoneVariance", ["zs_entr"] = "ZoneEntropy",
        };
        Texture(list, "szm", Names(IbsiCountMatrixFeatures.SizeZone), ["2D", "2_5D", "3D"], "glszm", glszm, ZoneSettings,
            (_, _) => (IbsiAgreement.SameDefinition, "PyRadiomics glszm (26-connected zones in 3D, 8-connected in-plane with force2D)"));

        foreach (var suffix in new[] { "2D", "2_5D", "3D" })
            foreach (var name in Names(IbsiCountMatrixFeatures.DistanceZone))
                Only($"dzm_{name}_{suffix}", "PyRadiomics has no distance-zone matrix; zones as GLSZM, distance to the ROI edge by city-block steps");

        var ngtdm = new Dictionary<string, string>
        {
            ["coarseness"] = "Coarseness", ["contrast"] = "Contrast", ["busyness"] = "Busyness", ["complexity"] = "Complexity", ["strength"] = "Strength",
        };
        Texture(list, "ngt", ["coarseness", "contrast", "busyness", "complexity", "strength"], ["2D", "2_5D", "3D"], "ngtdm", ngtdm, ZoneSettings,
            (_, _) => (IbsiAgreement.DifferentDefinition, "PyRadiomics counts ROI voxels without any ROI neighbour in n_i (with s = 0); IBSI leaves them out of n_i and N_v,c (equal when every voxel has a neighbour)"));

        var gldm = new Dictionary<string, string>
        {
            ["lde"] = "SmallDependenceEmphasis", ["hde"] = "LargeDependenceEmphasis", ["lgce"] = "LowGrayLevelEmphasis", ["hgce"] = "HighGrayLevelEmphasis",
            ["ldlge"] = "SmallDependenceLowGrayLevelEmphasis", ["ldhge"] = "SmallDependenceHighGrayLevelEmphasis",
            ["hdlge"] = "LargeDependenceLowGrayLevelEmphasis", ["hdhge"] = "LargeDependenceHighGrayLevelEmphasis",
            ["glnu"] = "GrayLevelNonUniformity", ["glnu_norm"] = "../firstorder_Uniformity", ["dcnu"] = "DependenceNonUniformity",
            ["dcnu_norm"] = "DependenceNonUniformityNormalized", ["gl_var"] = "GrayLevelVariance", ["dc_var"] = "DependenceVariance",
            ["dc_entr"] = "DependenceEntropy",
        };
        Texture(list, "ngl", Names(IbsiCountMatrixFeatures.Dependence), ["2D", "2_5D", "3D"], "gldm", gldm, ZoneSettings,
            (name, _) => (IbsiAgreement.SameDefinition, name == "glnu_norm"
                ? "PyRadiomics drops GLDM GrayLevelNonUniformityNormalized as equal to firstorder Uniformity (every voxel is one dependence count)"
                : "PyRadiomics gldm with gldm_a 0 (IBSI NGLDM with α = 0, distance 1)"));
        return list;
    }

    private static IReadOnlyList<string> Names(IbsiCountMatrixFeatures.FamilyNames family) => family.Names.OfType<string>().ToArray();

    /// <summary>
    /// Adds a texture family. <paramref name="mapped"/> gives the aggregations a PyRadiomics setting reproduces; the
    /// others have no PyRadiomics counterpart. <paramref name="describe"/> gives the agreement and note of a mapped
    /// feature under a setting.
    /// </summary>
    private static void Texture(List<IbsiFeatureDefinition> list, string prefix, IReadOnlyList<string> names, IReadOnlyList<string> suffixes,
        string pyClass, Dictionary<string, string> py, IReadOnlyDictionary<string, PyRadiomicsAggregation> mapped,
        Func<string, PyRadiomicsAggregation, (IbsiAgreement Agreement, string Note)> describe)
    {
        foreach (var suffix in suffixes)
            foreach (var name in names)
            {
                string tag = $"{prefix}_{name}_{suffix}";
                if (!mapped.TryGetValue(suffix, out var setting) || !py.TryGetValue(name, out var pyName))
                {
                    list.Add(new(tag, null, PyRadiomicsAggregation.Volume, IbsiAgreement.IbsiOnly,
                        py.ContainsKey(name) ? NoAggregation : "no PyRadiomics counterpart; computed with the IBSI definition"));
                    continue;
                }
                string feature = pyName.StartsWith("../", StringComparison.Ordinal) ? "original_" + pyName[3..] : $"original_{pyClass}_{pyName}";
                var (agreement, note) = describe(name, setting);
                list.Add(new(tag, feature, setting, agreement, note + "; " + SettingNote(setting)));
            }
    }

    private static string SettingNote(PyRadiomicsAggregation setting) => setting switch
    {
        PyRadiomicsAggregation.Volume => "PyRadiomics' default aggregation: features per direction averaged",
        PyRadiomicsAggregation.Force2D => Force2DIsTwoAndAHalfD,
        PyRadiomicsAggregation.MergedDirections => "PyRadiomics weightingNorm no_weighting sums the direction matrices: IBSI's merged (comb) aggregation",
        _ => Force2DIsTwoAndAHalfD + "; weightingNorm no_weighting sums its direction matrices",
    };
}
