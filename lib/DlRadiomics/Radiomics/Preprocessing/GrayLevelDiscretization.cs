namespace DlRadiomics.Radiomics.Preprocessing;

/// <summary>
/// Grey-level discretisation exactly as PyRadiomics' <c>getBinEdges</c>/<c>binImage</c> (numpy <c>arange</c>,
/// <c>histogram</c> and <c>digitize</c> semantics).
/// </summary>
/// <remarks>
/// Fixed bin width W: edges start at the largest multiple of W not above the minimum,
/// lower = min − (min mod W) (Python modulo), and step by W up to but excluding max + 2W; a voxel gets bin k when
/// edge[k−1] ≤ x &lt; edge[k], i.e. X_b = ⌊x/W⌋ − ⌊min/W⌋ + 1. Fixed bin count N: N equal bins between min and max (numpy.histogram edges, i·(max−min)/N
/// + min, last edge = max), the last edge raised by 1 so the maximum falls in bin N; a flat region gets [min − ½, min + ½].
/// Bins are numbered from 1; the ROI's grey levels are the bin numbers that occur.
/// </remarks>
public static class GrayLevelDiscretization
{
    /// <summary>The most bin edges a fixed bin width may produce (80 MB of edges; texture matrices would be far larger).</summary>
    public const int MaximumBinEdges = 10_000_000;

    /// <summary>PyRadiomics' bin edges for the ROI intensities <paramref name="values"/>.</summary>
    /// <exception cref="RadiomicsSettingsException">The bin width would give more than <see cref="MaximumBinEdges"/> edges.</exception>
    public static double[] BinEdges(ReadOnlySpan<double> values, RadiomicsSettings settings)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (double.IsNaN(v))
                throw new RoiException(RoiProblem.NaNIntensities, "the image has NaN intensities inside the ROI; features cannot be computed (mask those voxels out)");
            if (v < min) min = v;
            if (v > max) max = v;
        }
        return settings.BinCount is { } count ? CountEdges(min, max, count) : WidthEdges(min, max, settings.BinWidth);
    }

    private static double[] WidthEdges(double min, double max, double width)
    {
        double low = min - PythonModulo(min, width);
        double high = max + 2 * width;
        // numpy.arange: length ceil((stop − start)/step), element i = start + i·(second − start).
        double count = Math.Ceiling((high - low) / width);
        if (!(count <= MaximumBinEdges))
            throw new RadiomicsSettingsException(
                $"binWidth {width:R} gives {count:G3} bins over the ROI's intensities [{min:R}, {max:R}] (at most {MaximumBinEdges:N0}); use a larger binWidth, or binCount");
        int length = (int)count;
        var edges = new double[length];
        double delta = (low + width) - low;
        for (int i = 0; i < length; i++) edges[i] = low + i * delta;
        return edges; // at least two edges, as max + 2W − lower ≥ 2W
    }

    private static double[] CountEdges(double min, double max, int count)
    {
        if (min == max) { min -= 0.5; max += 0.5; }
        // numpy.linspace(min, max, count + 1): i·step + min, last element exactly max.
        var edges = new double[count + 1];
        double step = (max - min) / count;
        for (int i = 0; i <= count; i++) edges[i] = i * step + min;
        edges[count] = max;
        edges[count] += 1;
        return edges;
    }

    private static double PythonModulo(double a, double b)
    {
        double r = a % b;
        if (r != 0 && (b < 0) != (r < 0)) r += b;
        return r;
    }

    /// <summary>numpy.digitize(x, edges) for increasing edges: the k with edges[k−1] ≤ x &lt; edges[k].</summary>
    public static int Digitize(double x, double[] edges)
    {
        int lo = 0, hi = edges.Length; // first index with edges[index] > x
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Discretises the ROI of <paramref name="volume"/>: bin numbers (≥ 1) in the ROI, 0 outside.</summary>
    public static DiscretizedRoi Apply(RoiVolume volume, RadiomicsSettings settings)
    {
        var edges = BinEdges(volume.RoiIntensities(), settings);
        var bins = new int[volume.Mask.Length];
        for (int n = 0; n < bins.Length; n++)
            if (volume.Mask[n]) bins[n] = Digitize(volume.Intensities[n], edges);
        return new DiscretizedRoi(volume, bins, edges);
    }
}
