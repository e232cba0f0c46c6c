using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>PyRadiomics' <c>squareroot</c> image type (<c>imageoperations.getSquareRootImage</c>).</summary>
/// <remarks>
/// <c>f(x) = √(c x)</c> for x ≥ 0 and <c>−√(−c x)</c> for x &lt; 0, with <c>c = max|x|</c> over the image, so the
/// result spans the original range. An all-zero image stays 0.
/// </remarks>
public static class SquareRootFilter
{
    public const string ImageTypeName = "squareroot";

    public static VoxelImage Apply(VoxelImage image)
    {
        double c = image.Voxels.Length == 0 ? 0 : image.Voxels.Max(Math.Abs);
        if (double.IsNaN(c)) throw new FilterException("the squareroot filter needs an image without NaN voxels");
        return IntensityTransform.Map(image, x => x > 0 ? Math.Sqrt(x * c) : x < 0 ? -Math.Sqrt(-x * c) : x);
    }
}
