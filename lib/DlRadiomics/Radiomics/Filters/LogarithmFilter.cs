using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>PyRadiomics' <c>logarithm</c> image type (<c>imageoperations.getLogarithmImage</c>).</summary>
/// <remarks>
/// <c>g(x) = ln(x + 1)</c> for x &gt; 0, <c>−ln(1 − x)</c> for x &lt; 0, 0 for 0; then
/// <c>f(x) = g(x) · max|x| / max|g|</c>, so the result spans the original range. An all-zero image is refused.
/// </remarks>
public static class LogarithmFilter
{
    public const string ImageTypeName = "logarithm";

    public static VoxelImage Apply(VoxelImage image)
    {
        double max = IntensityTransform.MaxAbs(image, ImageTypeName);
        var g = IntensityTransform.Map(image, x => x > 0 ? Math.Log(x + 1) : x < 0 ? -Math.Log(-(x - 1)) : x);
        double scale = max / g.Voxels.Max(Math.Abs);
        for (int n = 0; n < g.Voxels.Length; n++) g.Voxels[n] *= scale;
        return g;
    }
}
