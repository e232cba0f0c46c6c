using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// PyRadiomics' <c>gradient</c> image type: SimpleITK's <c>GradientMagnitudeImageFilter</c>
/// (<c>imageoperations.getGradientImage</c>, setting <c>gradientUseSpacing</c>, default true).
/// </summary>
/// <remarks>
/// <c>|∇f| = √(Σ_d g_d²)</c> with central differences <c>g_d = (f[i+1] − f[i−1]) / (2 s_d)</c> along each axis
/// (<c>s_d = 1</c> when spacing is not used). Beyond the image edge the edge voxel is repeated (ITK's zero-flux
/// Neumann condition), so at the edge <c>g_d = (f[1] − f[0]) / (2 s_d)</c>; an axis of one voxel contributes 0.
/// Computed in double precision and rounded to single precision, SimpleITK's output type for this filter.
/// </remarks>
public static class GradientFilter
{
    public const string ImageTypeName = "gradient";

    public static VoxelImage Apply(VoxelImage image, bool useSpacing = true)
    {
        var size = image.Size;
        var f = image.Voxels;
        int[] n = [size.X, size.Y, size.Z];
        long[] stride = [1, size.X, (long)size.X * size.Y];
        var half = new double[3];
        for (int d = 0; d < 3; d++) half[d] = 0.5 * (useSpacing ? 1.0 / image.Geometry.Spacing[d] : 1.0);

        var result = new double[f.Length];
        long v = 0;
        Span<int> at = stackalloc int[3];
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++, v++)
                {
                    at[0] = i; at[1] = j; at[2] = k;
                    double sum = 0;
                    for (int d = 0; d < 3; d++)
                    {
                        double before = at[d] > 0 ? f[v - stride[d]] : f[v];
                        double after = at[d] < n[d] - 1 ? f[v + stride[d]] : f[v];
                        double g = -half[d] * before + half[d] * after;
                        sum += g * g;
                    }
                    result[v] = (float)Math.Sqrt(sum);
                }
        return new VoxelImage(image.Geometry, result);
    }
}
