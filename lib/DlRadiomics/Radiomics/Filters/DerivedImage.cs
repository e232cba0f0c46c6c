using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Preprocessing;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>A filtered image and the image type name PyRadiomics gives it (prefix of its feature names, e.g. <c>wavelet-LLH</c>).</summary>
public sealed record DerivedImage(string Name, VoxelImage Image)
{
    /// <summary>
    /// Null when <see cref="Image"/> covers the whole source image; otherwise the box of the source image (inclusive
    /// indices) that <see cref="Image"/> covers, because only those voxels were asked for.
    /// </summary>
    public BoundingBox? Region { get; init; }
}
