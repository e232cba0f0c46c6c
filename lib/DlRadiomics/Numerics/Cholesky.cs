using DlRadiomics.Numerics;

namespace DlRadiomics.Numerics;

/// <summary>Cholesky factor L (lower, row-major k×k) of a symmetric positive-definite matrix, with solves and log-determinant.</summary>
internal sealed class Cholesky
{
    private readonly double[] _l;
    public int Size { get; }

    private Cholesky(double[] l, int size) { _l = l; Size = size; }

    /// <summary>Entry L[i, j] of the factor (0 above the diagonal).</summary>
    public double this[int i, int j] => _l[i * Size + j];

    /// <summary>Factors <paramref name="a"/> (row-major, only the lower triangle is read); null with the failing pivot index when not positive definite.</summary>
    public static Cholesky? TryFactor(double[] a, int k, out int failedPivot)
    {
        var l = new double[k * k];
        for (int j = 0; j < k; j++)
        {
            double d = a[j * k + j];
            var lj = l.AsSpan(j * k, j);
            d -= VectorMath.Dot(lj, lj);
            // relative threshold: a pivot lost to rounding means the column is a combination of earlier ones
            if (!(d > 1e-12 * Math.Max(a[j * k + j], double.Epsilon))) { failedPivot = j; return null; }
            double djj = Math.Sqrt(d);
            l[j * k + j] = djj;
            for (int i = j + 1; i < k; i++)
            {
                l[i * k + j] = (a[i * k + j] - VectorMath.Dot(l.AsSpan(i * k, j), lj)) / djj;
            }
        }
        failedPivot = -1;
        return new Cholesky(l, k);
    }

    /// <summary>log|A| = 2 Σ log Lⱼⱼ.</summary>
    public double LogDeterminant()
    {
        double s = 0;
        for (int j = 0; j < Size; j++) s += Math.Log(_l[j * Size + j]);
        return 2 * s;
    }

    /// <summary>Solves L z = b in place.</summary>
    public void ForwardInPlace(Span<double> b)
    {
        for (int i = 0; i < Size; i++)
        {
            b[i] = (b[i] - VectorMath.Dot(_l.AsSpan(i * Size, i), b[..i])) / _l[i * Size + i];
        }
    }

    /// <summary>Solves A x = b.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var x = b.ToArray();
        ForwardInPlace(x);
        for (int i = Size - 1; i >= 0; i--)
        {
            double s = x[i];
            for (int m = i + 1; m < Size; m++) s -= _l[m * Size + i] * x[m];
            x[i] = s / _l[i * Size + i];
        }
        return x;
    }

    /// <summary>A⁻¹ as a k×k array.</summary>
    public double[,] Inverse()
    {
        var inv = new double[Size, Size];
        var e = new double[Size];
        for (int j = 0; j < Size; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            var col = Solve(e);
            for (int i = 0; i < Size; i++) inv[i, j] = col[i];
        }
        return inv;
    }
}
