using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Preprocessing.Resampling;

/// <summary>
/// Evaluates an image at a continuous voxel index with one of the <see cref="Interpolator"/>s, following ITK's
/// interpolate-image functions (the ones SimpleITK's resampling uses).
/// </summary>
/// <remarks>
/// A point is inside when every continuous index lies in [−0.5, size − 0.5); outside points get no value (the
/// resampler writes 0, ITK's default pixel value).
/// <list type="bullet">
/// <item>Nearest neighbour: voxel ⌊x + ½⌋.</item>
/// <item>Linear: trilinear between voxels ⌊x⌋ and ⌊x⌋ + 1, the upper one replaced by the lower at the last voxel, and
/// a negative fraction (before the first voxel centre) taken as 0.</item>
/// <item>B-spline: <c>Σ c[i,j,k] β(x − i) β(y − j) β(z − k)</c> over the 4×4×4 coefficients around the point
/// (<see cref="BSplineCoefficients"/>), with cubic B-spline weights of <c>w = x − (⌊x⌋)</c>
/// (<c>w³/6</c>, <c>1/6 + w(w − 1)/2 − w³/6</c>, …) and mirrored indices beyond the edges: −i and
/// 2(n − 1) − i. ITK takes ⌊x⌋ of x rounded to single precision; so does this.</item>
/// </list>
/// </remarks>
internal sealed class ImageSampler
{
    private readonly Interpolator _interpolator;
    private readonly double[] _values;
    private readonly BSplineCoefficients? _coefficients;
    private readonly int[] _size;

    /// <summary>
    /// A sampler for points whose continuous indices lie between <paramref name="lowest"/> and
    /// <paramref name="highest"/> (B-spline coefficients are computed for that block only).
    /// </summary>
    public ImageSampler(VoxelImage image, Interpolator interpolator, Vec3 lowest, Vec3 highest)
    {
        _interpolator = interpolator;
        _values = image.Voxels;
        _size = [image.Size.X, image.Size.Y, image.Size.Z];
        if (interpolator == Interpolator.BSpline)
        {
            var (lower, upper) = (new int[3], new int[3]);
            for (int n = 0; n < 3; n++) (lower[n], upper[n]) = SupportRange(lowest[n], highest[n], _size[n]);
            _coefficients = new BSplineCoefficients(image, (lower[0], lower[1], lower[2]), (upper[0], upper[1], upper[2]));
        }
    }

    /// <summary>
    /// Voxels whose coefficients B-spline evaluation at indices in [lo, hi] can read along an axis of
    /// <paramref name="n"/> voxels: ⌊x⌋ − 1 … ⌊x⌋ + 2 and their mirror images, with one voxel to spare for rounding.
    /// </summary>
    private static (int Lower, int Upper) SupportRange(double lo, double hi, int n)
    {
        int last = n - 1;
        lo = Math.Max(lo, -0.5);
        hi = Math.Min(hi, n - 0.5);
        int first = (int)Math.Floor(lo) - 2, end = (int)Math.Floor(hi) + 3;
        int lower = Math.Max(first, 0), upper = Math.Min(end, last);
        if (first < 0) upper = Math.Max(upper, Math.Min(-first, last));
        if (end > last) lower = Math.Min(lower, Math.Max(2 * last - end, 0));
        return (Math.Min(lower, upper), upper);
    }

    /// <summary>Whether a continuous index lies in the image: every coordinate in [−0.5, size − 0.5).</summary>
    public static bool IsInside(Vec3 index, Size3 size) =>
        index.X >= -0.5 && index.X < size.X - 0.5 && index.Y >= -0.5 && index.Y < size.Y - 0.5
        && index.Z >= -0.5 && index.Z < size.Z - 0.5;

    /// <summary>Linear offset of the voxel nearest to a continuous index inside the image (halves round up).</summary>
    public static long NearestOffset(Vec3 index, Size3 size) =>
        Nearest(index.X) + (long)size.X * (Nearest(index.Y) + (long)size.Y * Nearest(index.Z));

    public bool IsInside(Vec3 index) => IsInside(index, new Size3(_size[0], _size[1], _size[2]));

    public double Evaluate(Vec3 index) => _interpolator switch
    {
        Interpolator.NearestNeighbor => _values[NearestOffset(index, new Size3(_size[0], _size[1], _size[2]))],
        Interpolator.Linear => Linear(index),
        Interpolator.BSpline => BSpline(index),
        _ => throw new ArgumentOutOfRangeException(nameof(_interpolator)),
    };

    private static int Nearest(double x) => (int)Math.Floor(x + 0.5);

    private long Offset(int i, int j, int k) => i + (long)_size[0] * (j + (long)_size[1] * k);

    private double Linear(Vec3 index)
    {
        Span<int> lower = stackalloc int[3], upper = stackalloc int[3];
        Span<double> fraction = stackalloc double[3];
        for (int n = 0; n < 3; n++)
        {
            int b = Math.Max((int)Math.Floor(index[n]), 0);
            lower[n] = b;
            upper[n] = Math.Min(b + 1, _size[n] - 1);
            fraction[n] = Math.Max(index[n] - b, 0);
        }
        double value = 0;
        Span<int> at = stackalloc int[3];
        for (int corner = 0; corner < 8; corner++)
        {
            double w = 1;
            for (int n = 0; n < 3; n++)
            {
                bool up = (corner >> n & 1) == 1;
                w *= up ? fraction[n] : 1 - fraction[n];
                at[n] = up ? upper[n] : lower[n];
            }
            if (w != 0) value += w * _values[Offset(at[0], at[1], at[2])];
        }
        return value;
    }

    private double BSpline(Vec3 index)
    {
        Span<double> weights = stackalloc double[12];
        Span<int> at = stackalloc int[12];
        for (int n = 0; n < 3; n++)
        {
            int first = (int)Math.Floor((float)index[n]) - 1;
            double w = index[n] - (first + 1);
            double w3 = w * w * w / 6.0;
            double w0 = 1.0 / 6.0 + 0.5 * w * (w - 1.0) - w3;
            double w2 = w + w0 - 2.0 * w3;
            double w1 = 1.0 - w0 - w2 - w3;
            weights[4 * n] = w0;
            weights[4 * n + 1] = w1;
            weights[4 * n + 2] = w2;
            weights[4 * n + 3] = w3;
            int last = _size[n] - 1;
            for (int k = 0; k < 4; k++)
            {
                int i = first + k;
                if (last == 0) i = 0;
                else
                {
                    if (i < 0) i = -i;
                    if (i >= last) i = last - (i - last);
                    i = Math.Clamp(i, 0, last);
                }
                at[4 * n + k] = i;
            }
        }
        var c = _coefficients!;
        double value = 0;
        for (int k = 0; k < 4; k++)
            for (int j = 0; j < 4; j++)
                for (int i = 0; i < 4; i++)
                {
                    double w = weights[i] * weights[4 + j] * weights[8 + k];
                    value += w * c[at[i], at[4 + j], at[8 + k]];
                }
        return value;
    }
}
