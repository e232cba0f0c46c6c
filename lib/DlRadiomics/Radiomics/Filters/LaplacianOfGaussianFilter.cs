using System.Numerics;
using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// PyRadiomics' <c>LoG</c> image type (<c>imageoperations.getLoGImage</c>): SimpleITK's
/// <c>LaplacianRecursiveGaussianImageFilter</c> with <c>NormalizeAcrossScale</c>, one image per σ (mm).
/// </summary>
/// <remarks>
/// <c>LoG_σ f = σ² Σ_d ∂²(G_σ * f)/∂x_d²</c>: for each axis d the second-derivative recursive Gaussian runs along d
/// and the smoothing one along the other axes in increasing order (<see cref="RecursiveGaussian"/>), and the results
/// are added after division by spacing_d². As in ITK (whose internal type here is float), each line is filtered in
/// double precision and every intermediate image (each pass, and the running sum) is rounded to single precision.
/// SimpleITK's output is float32 whatever the input's pixel type, so the result carries
/// <see cref="VoxelImage.StoredType"/> float32; it equals ITK 5.2's bit for bit on the committed goldens
/// (Golden/Radiomics/LoG). PyRadiomics skips (with a warning) images with fewer than 4 voxels along an axis, σ ≤ 0, and
/// σ for which an axis has fewer than ⌈σ / spacing⌉ + 1 voxels; here those raise <see cref="FilterException"/> so the
/// caller can skip them the same way. Names: <c>log-sigma-&lt;σ as Python prints it, '.' → '-'&gt;-mm-3D</c>.
/// </remarks>
public static class LaplacianOfGaussianFilter
{
    /// <summary>PyRadiomics' image type name for σ as Python prints it (<c>"1.0"</c> → <c>log-sigma-1-0-mm-3D</c>).</summary>
    public static string ImageTypeName(string sigmaAsWritten) => $"log-sigma-{sigmaAsWritten.Trim().Replace('.', '-')}-mm-3D";

    public static VoxelImage Apply(VoxelImage image, double sigma)
    {
        var size = image.Size;
        var spacing = image.Geometry.Spacing;
        if (Math.Min(size.X, Math.Min(size.Y, size.Z)) < 4)
            throw new FilterException($"LoG needs at least 4 voxels along every axis; the image has size {size}");
        if (!(sigma > 0)) throw new FilterException($"LoG sigma must be greater than 0, got {sigma}");
        for (int d = 0; d < 3; d++)
            if (size[d] < Math.Ceiling(sigma / spacing[d]) + 1)
                throw new FilterException($"LoG sigma {sigma} mm is too large for the image: sigma/spacing + 1 must not exceed the size {size} (spacing {spacing})");

        // ITK keeps every intermediate image in float32 (its InternalRealType) while each line is filtered in double.
        var input = image.Voxels;
        var cumulative = new double[input.Length];
        var t = new double[input.Length];
        var spare = new double[input.Length];
        for (int d = 0; d < 3; d++)
        {
            FilterAxis(input, t, size, d, new RecursiveGaussian(sigma, spacing[d], secondOrder: true));
            for (int other = 0; other < 3; other++)
                if (other != d)
                {
                    FilterAxis(t, spare, size, other, new RecursiveGaussian(sigma, spacing[other], secondOrder: false));
                    (t, spare) = (spare, t);
                }
            double spacing2 = spacing[d] * spacing[d];
            for (int n = 0; n < t.Length; n++) cumulative[n] = (float)(cumulative[n] + t[n] * (1.0 / spacing2));
        }
        return new VoxelImage(image.Geometry, cumulative) { StoredType = VoxelType.Float32 };
    }

    /// <summary>
    /// Filters every line along <paramref name="axis"/>, <c>Vector&lt;double&gt;.Count</c> lines at a time (neighbours
    /// along the fastest other axis, so a step along the axis reads adjacent voxels), and rounds to float32 as ITK stores
    /// its intermediate images, into <paramref name="result"/>. Lanes beyond the last line are filtered as zeros and dropped.
    /// </summary>
    private static void FilterAxis(double[] values, double[] result, Size3 size, int axis, RecursiveGaussian filter)
    {
        int n = size[axis], width = Vector<double>.Count;
        long stride = axis == 0 ? 1 : axis == 1 ? size.X : (long)size.X * size.Y;
        var line = new Vector<double>[n];
        var output = new Vector<double>[n];
        var scratch = new Vector<double>[n];
        Span<double> lanes = stackalloc double[width];
        long lines = values.LongLength / n;
        var starts = new long[width];
        for (long first = 0; first < lines; first += width)
        {
            int count = (int)Math.Min(width, lines - first);
            for (int k = 0; k < count; k++)
            {
                long l = first + k;
                starts[k] = axis switch
                {
                    0 => l * size.X,
                    1 => l % size.X + l / size.X * size.X * size.Y,
                    _ => l,
                };
            }
            for (int t = 0; t < n; t++)
            {
                lanes.Clear();
                for (int k = 0; k < count; k++) lanes[k] = values[starts[k] + t * stride];
                line[t] = new Vector<double>(lanes);
            }
            filter.FilterLines(line, output, scratch);
            for (int t = 0; t < n; t++)
                for (int k = 0; k < count; k++) result[starts[k] + t * stride] = (float)output[t][k];
        }
    }
}
