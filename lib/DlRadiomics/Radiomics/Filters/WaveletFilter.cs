using DlRadiomics.Numerics;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Preprocessing;

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
    /// <remarks>
    /// With a <c>region</c> (a box of the image, inclusive indices) only its voxels are computed and each image covers
    /// just the box (<see cref="DerivedImage.Region"/>). Every output voxel is a sum over at most the filter length of
    /// voxels along each axis (wrapped periodically), so the values are the same, bit for bit, as those of the
    /// whole-image decomposition, while time and memory scale with the box plus a margin of the filter length per
    /// level instead of with the image.
    /// </remarks>
    /// <exception cref="FilterException">Bad settings (raised at once, not on enumeration).</exception>
    public static IEnumerable<DerivedImage> Enumerate(VoxelImage image, string wavelet = "coif1", int level = 1,
        int startLevel = 0, int? force2DDimension = null, BoundingBox? region = null)
    {
        if (level < 1) throw new FilterException($"wavelet level {level} must be at least 1");
        if (startLevel < 0) throw new FilterException($"wavelet start_level {startLevel} must not be negative");
        if (force2DDimension is < 0 or > 2) throw new FilterException($"force2Ddimension {force2DDimension} must be 0, 1 or 2");
        var filters = WaveletCoefficients.Of(wavelet);
        var size = image.Size;
        var box = region ?? new BoundingBox(0, 0, 0, size.X - 1, size.Y - 1, size.Z - 1);
        if (!box.Within(size))
            throw new FilterException($"wavelet region {box} is not inside the image of size {size}");

        // array axis 2 (x) first, as PyRadiomics passes axes (2, 1, 0) to swtn; our axis index is 2 − array axis
        var axes = new List<int> { 0, 1, 2 };
        if (force2DDimension is int excluded) axes.Remove(2 - excluded);
        var geometry = region is null ? image.Geometry
            : image.Geometry with { Size = box.Size, Origin = image.Geometry.IndexToPhysical(box.X0, box.Y0, box.Z0) };
        return Levels(image, filters, level, startLevel, axes, box, geometry, region);
    }

    private static IEnumerable<DerivedImage> Levels(VoxelImage image, (double[] Low, double[] High) filters, int level, int startLevel,
        List<int> axes, BoundingBox box, ImageGeometry geometry, BoundingBox? region)
    {
        var size = image.Size;
        var padded = new Size3(size.X + size.X % 2, size.Y + size.Y % 2, size.Z + size.Z % 2);
        var target = new Region(padded, [new(box.X0, box.Size.X), new(box.Y0, box.Size.Y), new(box.Z0, box.Size.Z)]);
        int levels = startLevel + level, f = filters.Low.Length;

        // Each level's output must cover the next level's input: the box grown by the filter's reach along filtered axes.
        var outputs = new Region[levels];
        var t = target;
        for (int current = levels - 1; current >= 0; current--) { outputs[current] = t; t = t.Grown(axes, f - 1 - f / 2, f / 2); }
        var data = PadWrap(image.Voxels, size, t);
        var dataRegion = t;

        string approximationName = new('L', axes.Count);
        for (int current = 0; current < levels; current++)
        {
            var output = outputs[current];
            if (current < startLevel)
            {
                foreach (int axis in axes) (data, dataRegion) = Convolve(data, dataRegion, axis, output.Windows[axis], filters.Low);
                continue;
            }
            string prefix = current == startLevel ? "wavelet-" : $"wavelet{current - startLevel + 1}-";
            double[]? approximation = null;
            foreach (var (name, values) in Bands(data, dataRegion, output, axes, 0, "", filters))
            {
                if (name == approximationName) { approximation = values; continue; }
                yield return new DerivedImage(prefix + name, new VoxelImage(geometry, Crop(values, output, target))) { Region = region };
            }
            (data, dataRegion) = (approximation!, output);
            if (current == levels - 1)
                yield return new DerivedImage(prefix + approximationName, new VoxelImage(geometry, Crop(data, output, target))) { Region = region };
        }
    }

    /// <summary>
    /// The bands of one level in PyRadiomics' order (L before H along each axis, the first axis slowest), depth first,
    /// each on <paramref name="output"/>.
    /// </summary>
    private static IEnumerable<(string Name, double[] Values)> Bands(double[] data, Region region, Region output, List<int> axes,
        int index, string name, (double[] Low, double[] High) filters)
    {
        if (index == axes.Count)
        {
            yield return (name, data);
            yield break;
        }
        int axis = axes[index];
        var (low, lowRegion) = Convolve(data, region, axis, output.Windows[axis], filters.Low);
        foreach (var band in Bands(low, lowRegion, output, axes, index + 1, name + "L", filters))
            yield return band;
        low = null!;
        var (high, highRegion) = Convolve(data, region, axis, output.Windows[axis], filters.High);
        foreach (var band in Bands(high, highRegion, output, axes, index + 1, name + "H", filters))
            yield return band;
    }

    /// <summary>
    /// A run of <see cref="Length"/> coordinates of the padded grid along one axis starting at <see cref="Start"/>,
    /// wrapping periodically; local index l is coordinate (Start + l) mod N.
    /// </summary>
    private readonly record struct Window(int Start, int Length);

    /// <summary>A box of the padded grid (one window per axis) whose values are held x fastest.</summary>
    private sealed record Region(Size3 Padded, Window[] Windows)
    {
        public Size3 Size => new(Windows[0].Length, Windows[1].Length, Windows[2].Length);

        /// <summary>
        /// The region whose values the periodic filter needs to fill this one: <paramref name="below"/> more coordinates
        /// before and <paramref name="above"/> after along each filtered axis, or the whole axis when that reaches round.
        /// </summary>
        public Region Grown(List<int> axes, int below, int above)
        {
            var windows = (Window[])Windows.Clone();
            foreach (int a in axes)
            {
                int n = Padded[a], length = windows[a].Length + below + above;
                windows[a] = length >= n ? new Window(0, n) : new Window(((windows[a].Start - below) % n + n) % n, length);
            }
            return this with { Windows = windows };
        }

        public Region With(int axis, Window window)
        {
            var windows = (Window[])Windows.Clone();
            windows[axis] = window;
            return this with { Windows = windows };
        }

        /// <summary>Local index along <paramref name="axis"/> of padded coordinate <paramref name="coordinate"/>.</summary>
        public int Local(int axis, int coordinate)
        {
            int n = Padded[axis];
            int local = ((coordinate - Windows[axis].Start) % n + n) % n;
            if (local >= Windows[axis].Length) throw new InvalidOperationException($"coordinate {coordinate} is outside the window along axis {axis}");
            return local;
        }
    }

    /// <summary>The values of <paramref name="region"/> from the image extended periodically to the padded grid.</summary>
    private static double[] PadWrap(double[] values, Size3 size, Region region)
    {
        var r = region.Size;
        var w = region.Windows;
        var result = new double[r.Count];
        long at = 0;
        for (int k = 0; k < r.Z; k++)
        {
            int z = (w[2].Start + k) % region.Padded.Z % size.Z;
            for (int j = 0; j < r.Y; j++)
            {
                int y = (w[1].Start + j) % region.Padded.Y % size.Y;
                long row = (long)size.X * (y + (long)size.Y * z);
                for (int i = 0; i < r.X; i++)
                    result[at++] = values[row + (w[0].Start + i) % region.Padded.X % size.X];
            }
        }
        return result;
    }

    /// <summary>
    /// The values of <paramref name="target"/> taken from those of <paramref name="region"/>, which contains it as one
    /// unbroken run per axis (regions are the target grown by margins, so the target never wraps inside them).
    /// </summary>
    private static double[] Crop(double[] values, Region region, Region target)
    {
        if (region.Windows.SequenceEqual(target.Windows)) return values;
        var r = region.Size;
        var t = target.Size;
        int x0 = region.Local(0, target.Windows[0].Start), y0 = region.Local(1, target.Windows[1].Start), z0 = region.Local(2, target.Windows[2].Start);
        var result = new double[t.Count];
        for (int k = 0; k < t.Z; k++)
            for (int j = 0; j < t.Y; j++)
            {
                Array.Copy(values, x0 + (long)r.X * (y0 + j + (long)r.Y * (z0 + k)), result, (long)t.X * (j + (long)t.Y * k), t.X);
            }
        return result;
    }

    /// <summary>
    /// Periodic filtering along <paramref name="axis"/> (0 = x, 1 = y, 2 = z) of the values held on
    /// <paramref name="region"/>, giving the values on <paramref name="output"/> along that axis (other axes unchanged):
    /// <c>y[o] = Σ_j h[j] · x[(o + ⌊F/2⌋ − j) mod N]</c>, summed in order of j.
    /// </summary>
    private static (double[] Values, Region Region) Convolve(double[] values, Region region, int axis, Window output, double[] h)
    {
        int f = h.Length, shift = f / 2, n = region.Padded[axis];
        var wrapped = new int[output.Length * f];
        for (int o = 0; o < output.Length; o++)
            for (int j = 0; j < f; j++)
                wrapped[o * f + j] = region.Local(axis, (int)(((output.Start + o + shift - j) % (long)n + n) % n));
        var result = region.With(axis, output);
        return (axis == 0 ? ConvolveRows(values, region.Size, result.Size, h, wrapped) : ConvolvePlanes(values, region.Size, result.Size, axis, h, wrapped), result);
    }

    private static double[] ConvolveRows(double[] values, Size3 size, Size3 outSize, double[] h, int[] wrapped)
    {
        int n = size.X, m = outSize.X, f = h.Length;
        long lines = (long)size.Y * size.Z;
        var result = new double[lines * m];
        for (long line = 0; line < lines; line++)
        {
            var x = values.AsSpan((int)(line * n), n);
            long start = line * m;
            for (int o = 0; o < m; o++)
            {
                double sum = 0;
                for (int j = 0; j < f; j++) sum += h[j] * x[wrapped[o * f + j]];
                result[start + o] = sum;
            }
        }
        return result;
    }

    /// <summary>
    /// Along y or z the samples of neighbouring lines are contiguous: output row o is Σ_j h_j · row(wrap(o + shift − j)),
    /// summed in the same order as a single line, over whole rows (x for y, x–y planes for z) at once.
    /// </summary>
    private static double[] ConvolvePlanes(double[] values, Size3 size, Size3 outSize, int axis, double[] h, int[] wrapped)
    {
        int n = size[axis], m = outSize[axis], f = h.Length;
        int inner = axis == 1 ? size.X : size.X * size.Y;
        long blocks = axis == 1 ? size.Z : 1;
        var result = new double[blocks * m * inner];
        for (long b = 0; b < blocks; b++)
            for (int o = 0; o < m; o++)
            {
                var target = result.AsSpan((int)((b * m + o) * inner), inner);
                for (int j = 0; j < f; j++)
                    VectorMath.AddScaled(target, h[j], values.AsSpan((int)((b * n + wrapped[o * f + j]) * inner), inner));
            }
        return result;
    }
}
