using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Preprocessing.Resampling;

/// <summary>
/// Cubic B-spline coefficients of an image, as ITK's <c>BSplineDecompositionImageFilter</c> computes them for
/// SimpleITK's <c>sitkBSpline</c> interpolator, kept only for the block of voxels an interpolation will read.
/// </summary>
/// <remarks>
/// Along each axis in turn (x, y, z) every line of samples is turned into coefficients by the recursive filter of
/// Unser (1999, Box 2): gain <c>(1 − z)(1 − 1/z)</c> = 6 with pole <c>z = √3 − 2</c>, a causal pass
/// <c>c⁺[n] = s[n] + z c⁺[n−1]</c> and an anti-causal pass <c>c[n] = z (c[n+1] − c⁺[n])</c>, with mirror boundaries.
/// The causal start sums <c>z^n s[n]</c> up to the horizon ⌈ln 1e−10 / ln |z|⌉ = 18 samples when the line is
/// longer than that, and the exact mirrored sum otherwise (ITK's two branches). A line of one sample is left as is.
/// Each line is filtered whole, as ITK does, but only the lines that reach the block are filtered (all x lines, the y
/// lines through the block's x range, the z lines through its x and y ranges), so the coefficients in the block are
/// ITK's while work and memory stay proportional to the image once plus the block.
/// </remarks>
internal sealed class BSplineCoefficients
{
    private static readonly double Pole = Math.Sqrt(3) - 2;
    private const double Tolerance = 1e-10;

    private readonly double[] _values;
    private readonly int _x0, _y0, _z0, _nx, _ny;

    /// <summary>Coefficients for voxels (x, y, z) with <paramref name="lower"/> ≤ (x, y, z) ≤ <paramref name="upper"/>.</summary>
    public BSplineCoefficients(VoxelImage image, (int X, int Y, int Z) lower, (int X, int Y, int Z) upper)
    {
        var size = image.Size;
        (_x0, _y0, _z0) = lower;
        _nx = upper.X - lower.X + 1;
        _ny = upper.Y - lower.Y + 1;
        int nz = upper.Z - lower.Z + 1;
        var line = new double[Math.Max(size.X, Math.Max(size.Y, size.Z))];

        // x lines: all of them, keeping the block's x range → nx × Y × Z
        var fx = new double[(long)_nx * size.Y * size.Z];
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
            {
                long source = (long)size.X * (y + (long)size.Y * z);
                for (int x = 0; x < size.X; x++) line[x] = image.Voxels[source + x];
                Filter(line, size.X);
                Array.Copy(line, _x0, fx, (long)_nx * (y + (long)size.Y * z), _nx);
            }

        // y lines through the block's x range, keeping its y range → nx × ny × Z
        var fy = new double[(long)_nx * _ny * size.Z];
        for (int z = 0; z < size.Z; z++)
            for (int x = 0; x < _nx; x++)
            {
                for (int y = 0; y < size.Y; y++) line[y] = fx[x + (long)_nx * (y + (long)size.Y * z)];
                Filter(line, size.Y);
                for (int y = 0; y < _ny; y++) fy[x + (long)_nx * (y + (long)_ny * z)] = line[_y0 + y];
            }

        // z lines through the block's x and y ranges, keeping its z range → nx × ny × nz
        _values = new double[(long)_nx * _ny * nz];
        for (int y = 0; y < _ny; y++)
            for (int x = 0; x < _nx; x++)
            {
                for (int z = 0; z < size.Z; z++) line[z] = fy[x + (long)_nx * (y + (long)_ny * z)];
                Filter(line, size.Z);
                for (int z = 0; z < nz; z++) _values[x + (long)_nx * (y + (long)_ny * z)] = line[_z0 + z];
            }
    }

    /// <summary>The coefficient of voxel (x, y, z), which must lie in the block.</summary>
    public double this[int x, int y, int z] => _values[x - _x0 + (long)_nx * (y - _y0 + (long)_ny * (z - _z0))];

    private static void Filter(double[] s, int length)
    {
        if (length == 1) return;
        double z = Pole;
        double gain = (1 - z) * (1 - 1 / z);
        for (int n = 0; n < length; n++) s[n] *= gain;

        s[0] = InitialCausal(s, length, z);
        for (int n = 1; n < length; n++) s[n] += z * s[n - 1];
        s[length - 1] = z / (z * z - 1) * (z * s[length - 2] + s[length - 1]);
        for (int n = length - 2; n >= 0; n--) s[n] = z * (s[n + 1] - s[n]);
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
