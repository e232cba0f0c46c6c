namespace DlRadiomics.Imaging;

/// <summary>
/// Where a voxel grid sits in physical space. Voxel (i, j, k) is at <c>Origin + Direction · (Spacing ⊙ (i, j, k))</c>;
/// the linear index is <c>i + SizeX·(j + SizeY·k)</c> (i fastest, as in ITK, NIfTI and NRRD files).
/// </summary>
public sealed record ImageGeometry(Size3 Size, Vec3 Spacing, Vec3 Origin, Direction Direction)
{
    /// <summary>Default tolerance for pairing an image with a mask, as PyRadiomics' geometryTolerance default.</summary>
    public const double DefaultTolerance = 1e-6;

    public long VoxelCount => Size.Count;

    public long Index(int i, int j, int k) => i + (long)Size.X * (j + (long)Size.Y * k);

    public Vec3 IndexToPhysical(double i, double j, double k) =>
        Origin + Direction.Multiply(new Vec3(i * Spacing.X, j * Spacing.Y, k * Spacing.Z));

    /// <summary>Continuous index of a physical point (inverse of <see cref="IndexToPhysical"/>).</summary>
    public Vec3 PhysicalToIndex(Vec3 p)
    {
        var local = Direction.MultiplyTransposed(p - Origin);
        return new Vec3(local.X / Spacing.X, local.Y / Spacing.Y, local.Z / Spacing.Z);
    }

    /// <summary>True when size is equal and spacing, origin and direction agree within <paramref name="tolerance"/>.</summary>
    public bool Matches(ImageGeometry other, double tolerance = DefaultTolerance) =>
        Size == other.Size
        && Spacing.MaxAbsDifference(other.Spacing) <= tolerance
        && Origin.MaxAbsDifference(other.Origin) <= tolerance
        && Direction.MaxAbsDifference(other.Direction) <= tolerance;

    /// <summary>Throws <see cref="GeometryMismatchException"/> printing both geometries when they do not match.</summary>
    public void EnsureMatches(ImageGeometry mask, string imageName = "image", string maskName = "mask", double tolerance = DefaultTolerance)
    {
        if (!Matches(mask, tolerance)) throw new GeometryMismatchException(this, mask, imageName, maskName, tolerance);
    }

    public override string ToString() => $"size {Size}, spacing {Spacing}, origin {Origin}, direction {Direction}";
}

/// <summary>An image and a mask (or two images) that should share a grid do not.</summary>
public sealed class GeometryMismatchException(ImageGeometry image, ImageGeometry mask, string imageName, string maskName, double tolerance)
    : DlRadiomicsException(
        $"the geometry of {maskName} does not match {imageName} (tolerance {tolerance:G3}):\n" +
        $"  {imageName}: {image}\n  {maskName}: {mask}\n" +
        "Resample the mask onto the image grid, or raise geometryTolerance if the difference is rounding only.")
{
    public ImageGeometry ImageGeometry { get; } = image;
    public ImageGeometry MaskGeometry { get; } = mask;
}
