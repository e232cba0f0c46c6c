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
    private readonly int[] _size;

    public ImageSampler(VoxelImage image, Interpolator interpolator)
    {
        _interpolator = interpolator;
        _values = interpolator == Interpolator.BSpline ? BSplineCoefficients.Compute(image) : image.Voxels;
        _size = [image.Size.X, image.Size.Y, image.Size.Z];
    }

    public bool IsInside(Vec3 index)
    {
        for (int n = 0; n < 3; n++)
            if (!(index[n] >= -0.5 && index[n] < _size[n] - 0.5)) return false;
        return true;
    }

    public double Evaluate(Vec3 index) => _interpolator switch
    {
        Interpolator.NearestNeighbor => _values[Offset(Nearest(index.X), Nearest(index.Y), Nearest(index.Z))],
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
        for (int corner = 0; corner < 8; corner++)
        {
            double w = 1;
            Span<int> at = stackalloc int[3];
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
        double value = 0;
        for (int k = 0; k < 4; k++)
            for (int j = 0; j < 4; j++)
            {
                long row = _size[0] * ((long)at[4 + j] + (long)_size[1] * at[8 + k]);
                for (int i = 0; i < 4; i++)
                {
                    double w = weights[i] * weights[4 + j] * weights[8 + k];
                    value += w * _values[row + at[i]];
                }
            }
        return value;
    }
}
