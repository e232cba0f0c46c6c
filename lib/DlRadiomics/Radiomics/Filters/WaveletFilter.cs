using DlRadiomics.Numerics;
using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// PyRadiomics' <c>wavelet</c> image types (<c>imageoperations.getWaveletImage</c>): an undecimated (stationary)
/// wavelet decomposition with PyWavelets' <c>swtn</c>, one level at a time.
/// </summary>
/// <remarks>
/// <para>Along each filtered axis a line <c>x</c> of length <c>N</c> becomes
/// <c>y[o] = Σ_{j=0}^{F−1} h[j] · x[(o + ⌊F/2⌋ − j) mod N]</c> with the wavelet's low-pass (L) or high-pass (H)
/// decomposition filter <c>h</c> of length <c>F</c> (periodic extension, no down-sampling). An axis of odd length
/// is first extended by one voxel copied from its start (numpy <c>pad(…, 'wrap')</c>) and the result cropped back.</para>
/// <para>Filtered axes are x, y, z (array axes 2, 1, 0); with <c>force2D</c> the axis <c>force2Ddimension</c>
/// (0 = z, 1 = y, 2 = x) is left out. Names list the filter per filtered axis in that order: <c>wavelet-LHL</c> is low
/// along x, high along y, low along z. Each level transforms the previous level's all-low image again with the same,
/// undilated filters (as PyRadiomics calls <c>swtn</c> with <c>level=1</c> repeatedly); levels after the first are
/// named <c>wavelet2-…</c>, <c>wavelet3-…</c>. Levels before <c>start_level</c> are computed but not returned. The
/// output is the details of every returned level in PyWavelets' order (LLH, LHL, LHH, HLL, HLH, HHL, HHH), then the
/// final all-low approximation.</para>
/// <para>Computed in double precision, as PyWavelets computes integer images; for a single-precision image
/// PyWavelets keeps single precision, so values then differ from PyRadiomics' at about 1e−7 relative.</para>
/// </remarks>
public static class WaveletFilter
{
    /// <summary>Wavelet names accepted by <see cref="Apply"/>.</summary>
    public static IReadOnlyCollection<string> Wavelets => WaveletCoefficients.Names;

    /// <summary>
    /// Decomposes <paramref name="image"/> with <paramref name="wavelet"/> (PyRadiomics setting <c>wavelet</c>,
    /// default coif1), returning <paramref name="level"/> levels after <paramref name="startLevel"/> skipped ones;
    /// <paramref name="force2DDimension"/> (array order) excludes an axis when extraction is 2-D.
    /// </summary>
    public static IReadOnlyList<DerivedImage> Apply(VoxelImage image, string wavelet = "coif1", int level = 1,
        int startLevel = 0, int? force2DDimension = null) =>
        Enumerate(image, wavelet, level, startLevel, force2DDimension).ToList();

    /// <summary>
    /// The images of <see cref="Apply"/> in the same order, each computed when it is reached: the bands are produced
    /// depth first (one intermediate band per axis alive at a time, plus the approximation kept for the next level).
    /// </summary>
    /// <exception cref="FilterException">Bad settings (raised at once, not on enumeration).</exception>
    public static IEnumerable<DerivedImage> Enumerate(VoxelImage image, string wavelet = "coif1", int level = 1,
        int startLevel = 0, int? force2DDimension = null)
    {
        if (level < 1) throw new FilterException($"wavelet level {level} must be at least 1");
        if (startLevel < 0) throw new FilterException($"wavelet start_level {startLevel} must not be negative");
        if (force2DDimension is < 0 or > 2) throw new FilterException($"force2Ddimension {force2DDimension} must be 0, 1 or 2");
        var filters = WaveletCoefficients.Of(wavelet);

        // array axis 2 (x) first, as PyRadiomics passes axes (2, 1, 0) to swtn; our axis index is 2 − array axis
        var axes = new List<int> { 0, 1, 2 };
        if (force2DDimension is int excluded) axes.Remove(2 - excluded);
        return Levels(image, filters, level, startLevel, axes);
    }

    private static IEnumerable<DerivedImage> Levels(VoxelImage image, (double[] Low, double[] High) filters, int level, int startLevel, List<int> axes)
    {
        var size = image.Size;
        var padded = new Size3(size.X + size.X % 2, size.Y + size.Y % 2, size.Z + size.Z % 2);
        var data = PadWrap(image.Voxels, size, padded);
        string approximationName = new('L', axes.Count);
        for (int current = 0; current < startLevel + level; current++)
        {
            if (current < startLevel)
            {
                foreach (int axis in axes) data = Convolve(data, padded, axis, filters.Low);
                continue;
            }
            string prefix = current == startLevel ? "wavelet-" : $"wavelet{current - startLevel + 1}-";
            double[]? approximation = null;
            foreach (var (name, values) in Bands(data, padded, axes, 0, "", filters))
            {
                if (name == approximationName) { approximation = values; continue; }
                yield return new DerivedImage(prefix + name, new VoxelImage(image.Geometry, Crop(values, padded, size)));
            }
            data = approximation!;
            if (current == startLevel + level - 1)
                yield return new DerivedImage(prefix + approximationName, new VoxelImage(image.Geometry, Crop(data, padded, size)));
        }
    }

    /// <summary>The bands of one level in PyRadiomics' order (L before H along each axis, the first axis slowest), depth first.</summary>
    private static IEnumerable<(string Name, double[] Values)> Bands(double[] data, Size3 padded, List<int> axes, int index, string name,
        (double[] Low, double[] High) filters)
    {
        if (index == axes.Count)
        {
            yield return (name, data);
            yield break;
        }
        foreach (var band in Bands(Convolve(data, padded, axes[index], filters.Low), padded, axes, index + 1, name + "L", filters))
            yield return band;
        foreach (var band in Bands(Convolve(data, padded, axes[index], filters.High), padded, axes, index + 1, name + "H", filters))
            yield return band;
    }

    private static double[] PadWrap(double[] values, Size3 size, Size3 padded)
    {
        var result = new double[padded.Count];
        for (int k = 0; k < padded.Z; k++)
            for (int j = 0; j < padded.Y; j++)
                for (int i = 0; i < padded.X; i++)
                    result[i + (long)padded.X * (j + (long)padded.Y * k)] =
                        values[i % size.X + (long)size.X * (j % size.Y + (long)size.Y * (k % size.Z))];
        return result;
    }

    private static double[] Crop(double[] values, Size3 padded, Size3 size)
    {
        var result = new double[size.Count];
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                Array.Copy(values, (long)padded.X * (j + (long)padded.Y * k), result, (long)size.X * (j + (long)size.Y * k), size.X);
        return result;
    }

    /// <summary>Periodic filtering of every line along <paramref name="axis"/> (0 = x, 1 = y, 2 = z).</summary>
    private static double[] Convolve(double[] values, Size3 size, int axis, double[] h)
    {
        int n = size[axis];
        int f = h.Length, shift = f / 2;
        var wrapped = new int[n * f];
        for (int o = 0; o < n; o++)
            for (int j = 0; j < f; j++) wrapped[o * f + j] = (int)(((o + shift - j) % (long)n + n) % n);
        return axis == 0 ? ConvolveRows(values, size, h, wrapped) : ConvolvePlanes(values, size, axis, h, wrapped);
    }

    private static double[] ConvolveRows(double[] values, Size3 size, double[] h, int[] wrapped)
    {
        int n = size.X, f = h.Length;
        var result = new double[values.Length];
        for (long start = 0; start < values.LongLength; start += n)
        {
            var line = values.AsSpan((int)start, n);
            for (int o = 0; o < n; o++)
            {
                double sum = 0;
                for (int j = 0; j < f; j++) sum += h[j] * line[wrapped[o * f + j]];
                result[start + o] = sum;
            }
        }
        return result;
    }

    /// <summary>
    /// Along y or z the samples of neighbouring lines are contiguous: output row o is Σ_j h_j · row(wrap(o + shift − j)),
    /// summed in the same order as a single line, over whole rows (x for y, x–y planes for z) at once.
    /// </summary>
    private static double[] ConvolvePlanes(double[] values, Size3 size, int axis, double[] h, int[] wrapped)
    {
        int n = size[axis], f = h.Length;
        int inner = axis == 1 ? size.X : size.X * size.Y;
        long block = (long)n * inner;
        var result = new double[values.Length];
        for (long b = 0; b < values.LongLength; b += block)
            for (int o = 0; o < n; o++)
            {
                var target = result.AsSpan((int)(b + (long)o * inner), inner);
                for (int j = 0; j < f; j++)
                    VectorMath.AddScaled(target, h[j], values.AsSpan((int)(b + (long)wrapped[o * f + j] * inner), inner));
            }
        return result;
    }
}
