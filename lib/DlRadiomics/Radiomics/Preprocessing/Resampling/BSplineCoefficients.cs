using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Preprocessing.Resampling;

/// <summary>
/// Cubic B-spline coefficients of an image, as ITK's <c>BSplineDecompositionImageFilter</c> computes them for
/// SimpleITK's <c>sitkBSpline</c> interpolator.
/// </summary>
/// <remarks>
/// Along each axis in turn (x, y, z) every line of samples is turned into coefficients by the recursive filter of
/// Unser (1999, Box 2): gain <c>(1 − z)(1 − 1/z)</c> = 6 with pole <c>z = √3 − 2</c>, a causal pass
/// <c>c⁺[n] = s[n] + z c⁺[n−1]</c> and an anti-causal pass <c>c[n] = z (c[n+1] − c⁺[n])</c>, with mirror boundaries.
/// The causal start sums <c>z^n s[n]</c> up to the horizon ⌈ln 1e−10 / ln |z|⌉ = 18 samples when the line is
/// longer than that, and the exact mirrored sum otherwise (ITK's two branches). A line of one sample is left as is.
/// </remarks>
internal static class BSplineCoefficients
{
    private static readonly double Pole = Math.Sqrt(3) - 2;
    private const double Tolerance = 1e-10;

    public static double[] Compute(VoxelImage image)
    {
        var size = image.Size;
        var c = (double[])image.Voxels.Clone();
        long strideY = size.X, strideZ = (long)size.X * size.Y;
        int longest = Math.Max(size.X, Math.Max(size.Y, size.Z));
        var line = new double[longest];

        // x lines
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++) Filter(c, y * strideY + z * strideZ, 1, size.X, line);
        for (int z = 0; z < size.Z; z++)
            for (int x = 0; x < size.X; x++) Filter(c, x + z * strideZ, strideY, size.Y, line);
        for (int y = 0; y < size.Y; y++)
            for (int x = 0; x < size.X; x++) Filter(c, x + y * strideY, strideZ, size.Z, line);
        return c;
    }

    private static void Filter(double[] data, long start, long stride, int length, double[] s)
    {
        if (length == 1) return;
        for (int n = 0; n < length; n++) s[n] = data[start + n * stride];

        double z = Pole;
        double gain = (1 - z) * (1 - 1 / z);
        for (int n = 0; n < length; n++) s[n] *= gain;

        s[0] = InitialCausal(s, length, z);
        for (int n = 1; n < length; n++) s[n] += z * s[n - 1];
        s[length - 1] = z / (z * z - 1) * (z * s[length - 2] + s[length - 1]);
        for (int n = length - 2; n >= 0; n--) s[n] = z * (s[n + 1] - s[n]);

        for (int n = 0; n < length; n++) data[start + n * stride] = s[n];
    }

    private static double InitialCausal(double[] s, int length, double z)
    {
        long horizon = (long)Math.Ceiling(Math.Log(Tolerance) / Math.Log(Math.Abs(z)));
        double zn = z;
        if (horizon < length)
        {
            double sum = s[0];
            for (int n = 1; n < horizon; n++)
            {
                sum += zn * s[n];
                zn *= z;
            }
            return sum;
        }
        double iz = 1 / z;
        double z2n = Math.Pow(z, length - 1);
        double full = s[0] + z2n * s[length - 1];
        z2n *= z2n * iz;
        for (int n = 1; n <= length - 2; n++)
        {
            full += (zn + z2n) * s[n];
            zn *= z;
            z2n *= iz;
        }
        return full / (1 - zn * zn);
    }
}
