using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>PyRadiomics' <c>exponential</c> image type (<c>imageoperations.getExponentialImage</c>).</summary>
/// <remarks>
/// <c>f(x) = e^{c x}</c> with <c>c = ln(max|x|) / max|x|</c>, so the largest |x| maps to max|x|. An all-zero image is
/// refused.
/// </remarks>
public static class ExponentialFilter
{
    public const string ImageTypeName = "exponential";

    public static VoxelImage Apply(VoxelImage image)
    {
        double max = IntensityTransform.MaxAbs(image, ImageTypeName);
        double c = Math.Log(max) / max;
        return IntensityTransform.Map(image, x => Math.Exp(c * x));
    }
}
