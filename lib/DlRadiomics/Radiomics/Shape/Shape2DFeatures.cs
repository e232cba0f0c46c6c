using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// PyRadiomics' 2-D shape features (<c>original_shape2D_*</c>) of a one-slice mask: surface and perimeter from
/// marching squares, diameter from the outline vertices, axis lengths from the principal moments of the pixel centres.
/// </summary>
/// <remarks>
/// Symbols: <c>A</c> mesh surface, <c>P</c> perimeter (<see cref="MarchingSquares"/>), <c>N</c> ROI pixel count,
/// <c>λ_minor ≤ λ_major</c> eigenvalues of the covariance of the pixel centres.
/// <list type="bullet">
/// <item>MeshSurface = A; PixelSurface = N · s_w · s_h; Perimeter = P; PerimeterSurfaceRatio = P / A.</item>
/// <item>Sphericity = 2√(πA) / P; SphericalDisproportion = P / (2√(πA)) (deprecated in PyRadiomics, enabled only
/// when named; <see cref="DefaultFeatures"/> leaves it out).</item>
/// <item>MaximumDiameter: largest distance between outline vertices.</item>
/// <item>MajorAxisLength = 4√λ_major, MinorAxisLength = 4√λ_minor, Elongation = √(λ_minor / λ_major).</item>
/// </list>
/// A single pixel has both eigenvalues 0, so Elongation is 0/0 = NaN there, as PyRadiomics reports it; an empty mask
/// raises <see cref="ShapeInputException"/>. PyRadiomics computes shape2D with <c>force2D: true</c>; the in-plane axes are the two axes other than
/// <c>force2Ddimension</c> (numpy order z=0, y=1, x=2). Pass the faster of them as width: for dimension 0 width = x,
/// height = y; for 1 width = x, height = z; for 2 width = y, height = z.
/// </remarks>
public static class Shape2DFeatures
{
    /// <summary>All features this class computes, in PyRadiomics' documentation order.</summary>
    public static IReadOnlyList<string> AllFeatures { get; } =
    [
        "MeshSurface", "PixelSurface", "Perimeter", "PerimeterSurfaceRatio", "Sphericity", "SphericalDisproportion",
        "MaximumDiameter", "MajorAxisLength", "MinorAxisLength", "Elongation",
    ];

    /// <summary>Features PyRadiomics deprecates: enabled only when a parameter file names them.</summary>
    public static IReadOnlyList<string> DeprecatedFeatures { get; } = ["SphericalDisproportion"];

    /// <summary>Features PyRadiomics computes when the class is enabled without a feature list.</summary>
    public static IReadOnlyList<string> DefaultFeatures { get; } = AllFeatures.Except(DeprecatedFeatures).ToArray();

    /// <summary>
    /// Computes the 2-D shape features of a 3-D mask whose ROI lies in one plane orthogonal to array axis
    /// <paramref name="force2DDimension"/> (0 = z, 1 = y, 2 = x; PyRadiomics' <c>force2Ddimension</c>), as PyRadiomics
    /// does with <c>force2D: true</c>. An ROI spanning more than one plane is refused, as in PyRadiomics.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Compute(bool[] mask, Size3 size, Vec3 spacing, int force2DDimension)
    {
        if (force2DDimension is < 0 or > 2)
            throw new ShapeInputException($"force2Ddimension {force2DDimension} must be 0 (z), 1 (y) or 2 (x)");
        if (mask.LongLength != size.Count)
            throw new ShapeInputException($"mask has {mask.LongLength} voxels but its size {size} needs {size.Count}");
        int outAxis = 2 - force2DDimension;                       // our axis index: 0 = x, 1 = y, 2 = z
        int widthAxis = outAxis == 0 ? 1 : 0, heightAxis = outAxis == 2 ? 1 : 2;
        int plane = -1;
        long n = 0;
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++, n++)
                {
                    if (!mask[n]) continue;
                    int p = outAxis == 0 ? i : outAxis == 1 ? j : k;
                    if (plane >= 0 && p != plane)
                        throw new ShapeInputException(
                            $"the ROI spans more than one plane along dimension {force2DDimension} (planes {plane} and {p}); shape2D needs a single plane");
                    plane = p;
                }
        if (plane < 0) throw new ShapeInputException($"the mask of size {size} has no voxel in the ROI; shape features need at least one");

        int width = size[widthAxis], height = size[heightAxis];
        var slice = new bool[(long)width * height];
        Span<int> at = stackalloc int[3];
        for (int v = 0; v < height; v++)
            for (int u = 0; u < width; u++)
            {
                at[outAxis] = plane;
                at[widthAxis] = u;
                at[heightAxis] = v;
                slice[u + (long)width * v] = mask[at[0] + (long)size.X * (at[1] + (long)size.Y * at[2])];
            }
        return Compute(slice, width, height, spacing[widthAxis], spacing[heightAxis]);
    }

    /// <summary>
    /// Computes every 2-D shape feature of <paramref name="mask"/> (true = inside), laid out with the width axis
    /// fastest (<c>i + width·j</c>), pixel spacing <paramref name="spacingX"/> along the width and
    /// <paramref name="spacingY"/> along the height, in mm.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Compute(bool[] mask, int width, int height, double spacingX, double spacingY)
    {
        if (!(spacingX > 0 && spacingY > 0))
            throw new ShapeInputException($"pixel spacing ({spacingX}, {spacingY}) must be positive");
        var grid = PaddedGrid.Crop2D(mask, width, height);
        var outline = MarchingSquares.Measure(grid, spacingY, spacingX);
        var eigen = PrincipalMoments.Eigenvalues(grid, 1, spacingY, spacingX, planar: true);
        double a = outline.Surface, p = outline.Perimeter;
        double minor = eigen[0], major = eigen[1];
        double sphericity = 2 * Math.Sqrt(Math.PI * a) / p;

        return new Dictionary<string, double>
        {
            ["MeshSurface"] = a,
            ["PixelSurface"] = grid.Count * (spacingX * spacingY),
            ["Perimeter"] = p,
            ["PerimeterSurfaceRatio"] = p / a,
            ["Sphericity"] = sphericity,
            ["SphericalDisproportion"] = 1 / sphericity,
            ["MaximumDiameter"] = outline.Diameter,
            ["MajorAxisLength"] = 4 * Math.Sqrt(major),
            ["MinorAxisLength"] = 4 * Math.Sqrt(minor),
            ["Elongation"] = Math.Sqrt(minor / major),
        };
    }
}
