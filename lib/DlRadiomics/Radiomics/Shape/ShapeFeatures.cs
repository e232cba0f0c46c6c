using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// PyRadiomics' 3-D shape features (<c>original_shape_*</c>) of a binary mask: mesh volume and surface from marching
/// cubes, diameters from the mesh vertices, axis lengths from the principal moments of the voxel centres.
/// </summary>
/// <remarks>
/// Symbols: <c>V</c> mesh volume, <c>A</c> mesh surface area (<see cref="MarchingCubes"/>), <c>N</c> ROI voxel count,
/// <c>λ_least ≤ λ_minor ≤ λ_major</c> eigenvalues of the covariance of the voxel centres (<see cref="PrincipalMoments"/>).
/// <list type="bullet">
/// <item>MeshVolume = V; VoxelVolume = N · sx·sy·sz; SurfaceArea = A; SurfaceVolumeRatio = A / V.</item>
/// <item>Sphericity = ∛(36πV²) / A; SphericalDisproportion = A / ∛(36πV²) (its inverse).</item>
/// <item>Compactness1 = V / (√π · A^{3/2}); Compactness2 = 36π V² / A³.</item>
/// <item>Maximum3DDiameter: largest distance between mesh vertices; Maximum2DDiameterSlice / Column / Row: the
/// same within planes of equal z / y / x (axial, coronal, sagittal for an axial acquisition).</item>
/// <item>MajorAxisLength = 4√λ_major, MinorAxisLength = 4√λ_minor, LeastAxisLength = 4√λ_least;
/// Elongation = √(λ_minor / λ_major); Flatness = √(λ_least / λ_major).</item>
/// </list>
/// IBSI-1 names: morph_volume, morph_vol_approx, morph_area_mesh, morph_av, morph_sphericity, morph_comp_1,
/// morph_comp_2, morph_sph_dispr, morph_diam, morph_pca_maj_axis / min_axis / least_axis, morph_pca_elongation,
/// morph_pca_flatness. The definitions agree except the covariance normaliser of the axis lengths
/// (<see cref="ShapeDefinition"/>); the 2-D diameters have no IBSI counterpart.
/// Compactness1, Compactness2 and SphericalDisproportion are deprecated in PyRadiomics (they are functions of
/// Sphericity) and computed only when named explicitly in the parameter file; they are always returned here and the
/// caller picks the enabled ones (<see cref="DefaultFeatures"/> lists PyRadiomics' default set).
/// Degenerate ROIs follow PyRadiomics: a single voxel has all eigenvalues 0, so Elongation and Flatness are 0/0 = NaN
/// there (as PyRadiomics reports them); an empty mask raises <see cref="ShapeInputException"/>.
/// </remarks>
public static class ShapeFeatures
{
    /// <summary>All features this class computes, in PyRadiomics' documentation order.</summary>
    public static IReadOnlyList<string> AllFeatures { get; } =
    [
        "MeshVolume", "VoxelVolume", "SurfaceArea", "SurfaceVolumeRatio", "Sphericity", "Compactness1", "Compactness2",
        "SphericalDisproportion", "Maximum3DDiameter", "Maximum2DDiameterSlice", "Maximum2DDiameterColumn",
        "Maximum2DDiameterRow", "MajorAxisLength", "MinorAxisLength", "LeastAxisLength", "Elongation", "Flatness",
    ];

    /// <summary>Features PyRadiomics deprecates: enabled only when a parameter file names them.</summary>
    public static IReadOnlyList<string> DeprecatedFeatures { get; } = ["Compactness1", "Compactness2", "SphericalDisproportion"];

    /// <summary>Features PyRadiomics computes when the class is enabled without a feature list (14 features).</summary>
    public static IReadOnlyList<string> DefaultFeatures { get; } = AllFeatures.Except(DeprecatedFeatures).ToArray();

    /// <summary>
    /// Computes every shape feature of the ROI <paramref name="mask"/> (true = inside), laid out i fastest
    /// (<c>i + X·(j + Y·k)</c>) on a grid of <paramref name="size"/> with voxel <paramref name="spacing"/> (x, y, z) in mm.
    /// Keys are PyRadiomics' feature names without prefix (<see cref="AllFeatures"/>). <paramref name="definition"/>
    /// chooses PyRadiomics' (default) or IBSI's normalisation of the axis lengths.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Compute(bool[] mask, Size3 size, Vec3 spacing,
        ShapeDefinition definition = ShapeDefinition.PyRadiomics)
    {
        if (!(spacing.X > 0 && spacing.Y > 0 && spacing.Z > 0))
            throw new ShapeInputException($"voxel spacing {spacing} must be positive on every axis");
        var grid = PaddedGrid.Crop(mask, size);
        var mesh = MarchingCubes.Measure(grid, spacing);
        var eigen = PrincipalMoments.Eigenvalues(grid, spacing.Z, spacing.Y, spacing.X, planar: false);
        if (definition == ShapeDefinition.Ibsi && grid.Count > 1)
            for (int e = 0; e < eigen.Length; e++) eigen[e] *= grid.Count / (grid.Count - 1.0);
        double v = mesh.Volume, a = mesh.SurfaceArea;
        double least = eigen[0], minor = eigen[1], major = eigen[2];
        double sphereSurface = Math.Cbrt(36 * Math.PI * v * v);

        return new Dictionary<string, double>
        {
            ["MeshVolume"] = v,
            ["VoxelVolume"] = grid.Count * (spacing.Z * spacing.X * spacing.Y),
            ["SurfaceArea"] = a,
            ["SurfaceVolumeRatio"] = a / v,
            ["Sphericity"] = sphereSurface / a,
            ["Compactness1"] = v / (Math.Pow(a, 1.5) * Math.Sqrt(Math.PI)),
            ["Compactness2"] = 36 * Math.PI * v * v / (a * a * a),
            ["SphericalDisproportion"] = a / sphereSurface,
            ["Maximum3DDiameter"] = mesh.Diameter3D,
            ["Maximum2DDiameterSlice"] = mesh.DiameterSlice,
            ["Maximum2DDiameterColumn"] = mesh.DiameterColumn,
            ["Maximum2DDiameterRow"] = mesh.DiameterRow,
            ["MajorAxisLength"] = 4 * Math.Sqrt(major),
            ["MinorAxisLength"] = 4 * Math.Sqrt(minor),
            ["LeastAxisLength"] = 4 * Math.Sqrt(least),
            ["Elongation"] = Math.Sqrt(minor / major),
            ["Flatness"] = Math.Sqrt(least / major),
        };
    }
}
