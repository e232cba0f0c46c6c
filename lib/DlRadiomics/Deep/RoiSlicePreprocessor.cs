using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Deep;

/// <summary>
/// Turns an image and its ROI mask into a network input: (1) the slice across <see cref="RoiSliceOptions.SliceAxis"/>
/// with the most ROI pixels (ties: the lowest index); (2) the ROI's bounding box in that slice plus
/// <see cref="RoiSliceOptions.Margin"/> pixels, clipped to the slice; (3) intensities of the crop scaled to [0, 1]
/// (<see cref="IntensityScaling"/>); (4) <see cref="BilinearResize"/> (float32, as PyTorch) to the network's height × width;
/// (5) the grey picture copied to 3 channels; (6) the network's <see cref="InputNormalization"/>.
/// </summary>
/// <remarks>
/// Steps 4–6 are torchvision's <c>Resize</c> (tensor, no antialias), a channel repeat and <c>Normalize</c>; the
/// equivalence test checks the tensor against PyTorch's. Every intermediate is kept in the returned
/// <see cref="NetworkInput"/>.
/// </remarks>
public sealed class RoiSlicePreprocessor
{
    public RoiSlicePreprocessor(RoiSliceOptions options, int height, int width, InputNormalization normalization)
    {
        options.Validate();
        if (height < 1 || width < 1) throw new ArgumentException($"network input size {height}×{width} must be positive");
        if (normalization.Mean.Length != 3 || normalization.Std.Length != 3 || normalization.Std.Any(s => !(s > 0)))
            throw new ArgumentException($"normalisation '{normalization.Name}' needs 3 means and 3 positive standard deviations");
        if (normalization.MeanImage is { } meanImage && meanImage.Length != 3 * height * width)
            throw new ArgumentException($"normalisation '{normalization.Name}' has a mean image of {meanImage.Length} values; the input takes 3×{height}×{width}");
        Options = options;
        Height = height;
        Width = width;
        Normalization = normalization;
    }

    public RoiSliceOptions Options { get; }
    public int Height { get; }
    public int Width { get; }
    public InputNormalization Normalization { get; }

    /// <summary>The network input for <paramref name="image"/> and its <paramref name="mask"/> (same grid).</summary>
    /// <exception cref="GeometryMismatchException">The mask is not on the image's grid.</exception>
    /// <exception cref="RoiException">No ROI pixel carries the label, or the largest slice holds fewer than
    /// <see cref="RoiSliceOptions.MinimumRoiPixels"/>.</exception>
    public NetworkInput Prepare(VoxelImage image, LabelMask mask, string imageName = "image", string maskName = "mask")
    {
        image.Geometry.EnsureMatches(mask.Geometry, imageName, maskName);
        var slice = LargestRoiSlice(image, mask, Options, maskName);
        var crop = BoundingBox(slice, Options.Margin);
        var scaled = Scale(slice, crop);
        var resized = BilinearResize.Resize(Array.ConvertAll(scaled, v => (float)v), crop.Rows, crop.Columns, Height, Width);
        int plane = Height * Width;
        var tensor = new float[3 * plane];
        var meanImage = Normalization.MeanImage;
        // In float32, in torchvision's order: (v · scale − mean) / std.
        for (int c = 0; c < 3; c++)
        {
            float mean = (float)Normalization.Mean[c], std = (float)Normalization.Std[c], scale = (float)Normalization.Scale;
            for (int n = 0; n < plane; n++)
                tensor[c * plane + n] = (resized[n] * scale - (meanImage is null ? mean : meanImage[c * plane + n])) / std;
        }
        return new NetworkInput(slice, crop, scaled, resized, Height, Width, tensor);
    }

    /// <summary>The slice with the most pixels labelled <see cref="RoiSliceOptions.Label"/> (ties: lowest index).</summary>
    public static RoiSlice LargestRoiSlice(VoxelImage image, LabelMask mask, RoiSliceOptions options, string maskName = "mask")
    {
        var size = image.Size;
        int[] extent = [size.X, size.Y, size.Z];
        int axis = options.SliceAxis;
        var counts = new int[extent[axis]];
        int total = 0;
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++)
                    if (mask.Labels[image.Geometry.Index(i, j, k)] == options.Label)
                    {
                        counts[axis == 0 ? i : axis == 1 ? j : k]++;
                        total++;
                    }
        if (total == 0)
        {
            var present = mask.DistinctLabels();
            throw new RoiException(present.Count == 0 ? RoiProblem.EmptyMask : RoiProblem.LabelAbsent,
                $"{maskName}: no pixel has label {options.Label}" + (present.Count == 0 ? " (the mask is empty)" : $" (labels present: {string.Join(", ", present)}); choose one with the label option"));
        }
        int best = 0;
        for (int s = 1; s < counts.Length; s++) if (counts[s] > counts[best]) best = s;
        if (counts[best] < options.MinimumRoiPixels)
            throw new RoiException(RoiProblem.TooSmall,
                $"{maskName}: the largest ROI slice ({AxisName(axis)} = {best}) holds {counts[best]} pixels with label {options.Label}, fewer than the minimum {options.MinimumRoiPixels}; check the mask or lower MinimumRoiPixels");

        // In-plane axes in increasing order: the lower one runs along columns.
        int colAxis = axis == 0 ? 1 : 0, rowAxis = axis == 2 ? 1 : 2;
        int columns = extent[colAxis], rows = extent[rowAxis];
        var pixels = new double[rows * columns];
        var inRoi = new bool[rows * columns];
        var index = new int[3];
        index[axis] = best;
        for (int r = 0; r < rows; r++)
        {
            index[rowAxis] = r;
            for (int c = 0; c < columns; c++)
            {
                index[colAxis] = c;
                long n = image.Geometry.Index(index[0], index[1], index[2]);
                pixels[r * columns + c] = image.Voxels[n];
                inRoi[r * columns + c] = mask.Labels[n] == options.Label;
            }
        }
        return new RoiSlice(axis, best, rows, columns, pixels, inRoi, counts[best]);
    }

    /// <summary>The ROI's bounding box in <paramref name="slice"/> grown by <paramref name="margin"/> and clipped to it.</summary>
    public static CropBox BoundingBox(RoiSlice slice, int margin)
    {
        int r0 = int.MaxValue, r1 = -1, c0 = int.MaxValue, c1 = -1;
        for (int r = 0; r < slice.Rows; r++)
            for (int c = 0; c < slice.Columns; c++)
                if (slice.InRoi[r * slice.Columns + c])
                {
                    r0 = Math.Min(r0, r); r1 = Math.Max(r1, r);
                    c0 = Math.Min(c0, c); c1 = Math.Max(c1, c);
                }
        r0 = Math.Max(0, r0 - margin); c0 = Math.Max(0, c0 - margin);
        r1 = Math.Min(slice.Rows - 1, r1 + margin); c1 = Math.Min(slice.Columns - 1, c1 + margin);
        return new CropBox(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
    }

    private double[] Scale(RoiSlice slice, CropBox crop)
    {
        var values = new double[crop.Rows * crop.Columns];
        for (int r = 0; r < crop.Rows; r++)
            Array.Copy(slice.Pixels, (crop.Row + r) * slice.Columns + crop.Column, values, r * crop.Columns, crop.Columns);
        double low, high;
        if (Options.Scaling == IntensityScaling.MinMax)
        {
            low = values.Min();
            high = values.Max();
        }
        else
        {
            var sorted = values.Order().ToArray();
            low = Percentile(sorted, Options.LowerPercentile);
            high = Percentile(sorted, Options.UpperPercentile);
        }
        double range = high - low;
        for (int n = 0; n < values.Length; n++)
            values[n] = range > 0 ? Math.Clamp((values[n] - low) / range, 0, 1) : 0;
        return values;
    }

    /// <summary>NumPy's default (linear) percentile of sorted values: position p/100·(n − 1), interpolated.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        double position = p / 100 * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static string AxisName(int axis) => axis switch { 0 => "i", 1 => "j", _ => "k" };
}
