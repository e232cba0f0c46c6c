using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>PyRadiomics' <c>square</c> image type (<c>imageoperations.getSquareImage</c>).</summary>
/// <remarks>
/// <c>f(x) = (c x)²</c> with <c>c = 1 / √max|x|</c>, the maximum over the whole image handed to the filter, so the
/// result spans [0, max|x|]. An image that is 0 everywhere is refused (<see cref="FilterException"/>).
/// </remarks>
public static class SquareFilter
{
    public const string ImageTypeName = "square";

    public static VoxelImage Apply(VoxelImage image)
    {
        double c = 1 / Math.Sqrt(IntensityTransform.MaxAbs(image, ImageTypeName));
        return IntensityTransform.Map(image, x => (c * x) * (c * x));
    }
}
