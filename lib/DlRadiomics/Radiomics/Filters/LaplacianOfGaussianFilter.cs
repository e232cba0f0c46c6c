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

    public static VoxelImage Apply(VoxelImage image, double sigma) => Apply(image, sigma, region: null);

    /// <summary>
    /// LoG of <paramref name="image"/> on the voxels of <paramref name="region"/> only (inclusive indices; null for the
    /// whole image), as an image covering the box. Each pass filters whole lines, so its values are those of the
    /// whole-image filter bit for bit; but after a pass along an axis only the box's range along that axis is kept, so
    /// the later passes filter fewer lines and the intermediate images are slabs of the box, not whole volumes.
    /// </summary>
    public static VoxelImage Apply(VoxelImage image, double sigma, Preprocessing.BoundingBox? region)
    {
        var size = image.Size;
        var spacing = image.Geometry.Spacing;
        if (Math.Min(size.X, Math.Min(size.Y, size.Z)) < 4)
            throw new FilterException($"LoG needs at least 4 voxels along every axis; the image has size {size}");
        if (!(sigma > 0)) throw new FilterException($"LoG sigma must be greater than 0, got {sigma}");
        for (int d = 0; d < 3; d++)
            if (size[d] < Math.Ceiling(sigma / spacing[d]) + 1)
                throw new FilterException($"LoG sigma {sigma} mm is too large for the image: sigma/spacing + 1 must not exceed the size {size} (spacing {spacing})");
        var box = region ?? new Preprocessing.BoundingBox(0, 0, 0, size.X - 1, size.Y - 1, size.Z - 1);
        if (!box.Within(size))
            throw new FilterException($"LoG region {box} is not inside the image of size {size}");
        int[] boxStart = [box.X0, box.Y0, box.Z0];
        var boxSize = box.Size;

        // ITK keeps every intermediate image in float32 (its InternalRealType) while each line is filtered in double.
        var cumulative = new double[boxSize.Count];
        var buffers = new BufferPool();
        for (int d = 0; d < 3; d++)
        {
            var values = image.Voxels;
            var current = size;
            foreach (int axis in (int[])[d, .. Enumerable.Range(0, 3).Where(a => a != d)])
            {
                var kept = current.With(axis, boxSize[axis]);
                var result = buffers.Rent(kept.Count);
                FilterAxis(values, current, result, kept, axis, boxStart[axis], new RecursiveGaussian(sigma, spacing[axis], secondOrder: axis == d));
                if (!ReferenceEquals(values, image.Voxels)) buffers.Return(values);
                (values, current) = (result, kept);
            }
            double spacing2 = spacing[d] * spacing[d];
            for (int n = 0; n < values.Length; n++) cumulative[n] = (float)(cumulative[n] + values[n] * (1.0 / spacing2));
            buffers.Return(values);
        }
        var geometry = region is null ? image.Geometry
            : image.Geometry with { Size = boxSize, Origin = image.Geometry.IndexToPhysical(box.X0, box.Y0, box.Z0) };
        return new VoxelImage(geometry, cumulative) { StoredType = VoxelType.Float32 };
    }

    /// <summary>Keeps returned intermediate images for reuse by a later pass of the same length.</summary>
    private sealed class BufferPool
    {
        private readonly List<double[]> _free = [];

        public double[] Rent(long length)
        {
            int i = _free.FindIndex(b => b.LongLength == length);
            if (i < 0) return new double[length];
            var buffer = _free[i];
            _free.RemoveAt(i);
            return buffer;
        }

        public void Return(double[] buffer) => _free.Add(buffer);
    }

    /// <summary>
    /// Filters every line along <paramref name="axis"/> of <paramref name="values"/> (held x fastest on a grid of
    /// <paramref name="size"/>) and keeps the <paramref name="keptSize"/>[axis] samples from <paramref name="keptStart"/>
    /// on, rounded to single precision, in <paramref name="result"/> (grid <paramref name="keptSize"/>; other axes unchanged).
    /// </summary>
    private static void FilterAxis(double[] values, Size3 size, double[] result, Size3 keptSize, int axis, int keptStart, RecursiveGaussian filter)
    {
        int n = size[axis], m = keptSize[axis], width = Vector<double>.Count;
        long stride = axis == 0 ? 1 : axis == 1 ? size.X : (long)size.X * size.Y;
        var line = new Vector<double>[n];
        var output = new Vector<double>[n];
        var scratch = new Vector<double>[n];
        Span<double> lanes = stackalloc double[width];
        long lines = values.LongLength / n;
        var starts = new long[width];
        var targets = new long[width];
        for (long first = 0; first < lines; first += width)
        {
            int count = (int)Math.Min(width, lines - first);
            for (int k = 0; k < count; k++)
            {
                long l = first + k;
                (starts[k], targets[k]) = axis switch
                {
                    0 => (l * size.X, l * keptSize.X),
                    1 => (l % size.X + l / size.X * size.X * size.Y, l % size.X + l / size.X * size.X * keptSize.Y),
                    _ => (l, l),
                };
            }
            for (int t = 0; t < n; t++)
            {
                lanes.Clear();
                for (int k = 0; k < count; k++) lanes[k] = values[starts[k] + t * stride];
                line[t] = new Vector<double>(lanes);
            }
            filter.FilterLines(line, output, scratch);
            for (int t = 0; t < m; t++)
                for (int k = 0; k < count; k++) result[targets[k] + t * stride] = (float)output[keptStart + t][k];
        }
    }
}
