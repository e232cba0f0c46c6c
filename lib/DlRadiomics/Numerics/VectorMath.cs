using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DlRadiomics.Numerics;

/// <summary>SIMD loops over whole columns (dot product, squared distance, axpy, element-wise product, weighted Gram matrix): the inner loops of the Newton–Raphson fits, coordinate descent, Cholesky factors and the wavelet filter.</summary>
internal static partial class VectorMath
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length, i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count * 2)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..n]);
            var acc0 = Vector<double>.Zero;
            var acc1 = Vector<double>.Zero;
            int v = 0;
            for (; v + 1 < va.Length; v += 2) { acc0 += va[v] * vb[v]; acc1 += va[v + 1] * vb[v + 1]; }
            for (; v < va.Length; v++) acc0 += va[v] * vb[v];
            sum = Vector.Dot(acc0 + acc1, Vector<double>.One);
            i = va.Length * Vector<double>.Count;
        }
        for (; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>‖a − b‖² summed term by term, (aⱼ − bⱼ)², so that identical rows are exactly 0 apart and the ordering of near-equal distances is not lost to the cancellation of ‖a‖² − 2a·b + ‖b‖².</summary>
    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length, i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..n]);
            var acc = Vector<double>.Zero;
            for (int v = 0; v < va.Length; v++)
            {
                var d = va[v] - vb[v];
                acc += d * d;
            }
            sum = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }
        for (; i < n; i++)
        {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    /// <summary>y += a·x.</summary>
    public static void AddScaled(Span<double> y, double a, ReadOnlySpan<double> x)
    {
        int n = y.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x[..n]);
            var va = new Vector<double>(a);
            for (int v = 0; v < vy.Length; v++) vy[v] += va * vx[v];
            i = vy.Length * Vector<double>.Count;
        }
        for (; i < n; i++) y[i] += a * x[i];
    }

    /// <summary>z = x ∘ y.</summary>
    public static void Multiply(Span<double> z, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        for (int i = 0; i < z.Length; i++) z[i] = x[i] * y[i];
    }

    public static void Scale(Span<double> x, double alpha)
    {
        for (int i = 0; i < x.Length; i++) x[i] *= alpha;
    }

    /// <summary>acc += x ∘ x.</summary>
    public static void AddSquares(Span<double> acc, ReadOnlySpan<double> x)
    {
        for (int i = 0; i < acc.Length; i++) acc[i] += x[i] * x[i];
    }

    /// <summary>Σ a_i.</summary>
    public static double Sum(ReadOnlySpan<double> a)
    {
        int n = a.Length, i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var acc = Vector<double>.Zero;
            for (int v = 0; v < va.Length; v++) acc += va[v];
            sum = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }
        for (; i < n; i++) sum += a[i];
        return sum;
    }

    /// <summary>Σ w_i x_i².</summary>
    public static double WeightedSquares(ReadOnlySpan<double> w, ReadOnlySpan<double> x)
    {
        int n = w.Length, i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vw = MemoryMarshal.Cast<double, Vector<double>>(w);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x[..n]);
            var acc = Vector<double>.Zero;
            for (int v = 0; v < vw.Length; v++) acc += vw[v] * vx[v] * vx[v];
            sum = Vector.Sum(acc);
            i = vw.Length * Vector<double>.Count;
        }
        for (; i < n; i++) sum += w[i] * x[i] * x[i];
        return sum;
    }

    /// <summary>y −= a·(w∘x).</summary>
    public static void SubtractWeighted(Span<double> y, double a, ReadOnlySpan<double> w, ReadOnlySpan<double> x)
    {
        int n = y.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            var vw = MemoryMarshal.Cast<double, Vector<double>>(w[..n]);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x[..n]);
            var va = new Vector<double>(a);
            for (int v = 0; v < vy.Length; v++) vy[v] -= va * vw[v] * vx[v];
            i = vy.Length * Vector<double>.Count;
        }
        for (; i < n; i++) y[i] -= a * w[i] * x[i];
    }

    /// <summary>
    /// result[a][b] = Σ_i w_i·cols[a][i]·cols[b][i] (a symmetric m×m matrix): the Hessian XᵀWX of a Newton step,
    /// computed in 4×2 tiles so that each loaded vector feeds several products.
    /// </summary>
    public static void WeightedGram(double[][] cols, ReadOnlySpan<double> w, double[][] result)
    {
        int m = cols.Length, n = w.Length;
        var weighted = new double[m][];
        for (int a = 0; a < m; a++)
        {
            weighted[a] = new double[n];
            Multiply(weighted[a], w, cols[a]);
        }
        int row = 0;
        for (; row + 4 <= m; row += 4)
        {
            int col = row;
            for (; col + 2 <= m; col += 2) Tile4x2(weighted, cols, row, col, n, result);
            for (; col < m; col++)
                for (int k = 0; k < 4; k++) result[row + k][col] = Dot(weighted[row + k], cols[col]);
        }
        for (; row < m; row++)
            for (int col = row; col < m; col++) result[row][col] = Dot(weighted[row], cols[col]);
        for (int a = 0; a < m; a++)
            for (int b = a + 1; b < m; b++) result[b][a] = result[a][b];
    }

    private static void Tile4x2(double[][] weighted, double[][] cols, int row, int col, int n, double[][] result)
    {
        var w0 = MemoryMarshal.Cast<double, Vector<double>>(weighted[row].AsSpan(0, n));
        var w1 = MemoryMarshal.Cast<double, Vector<double>>(weighted[row + 1].AsSpan(0, n));
        var w2 = MemoryMarshal.Cast<double, Vector<double>>(weighted[row + 2].AsSpan(0, n));
        var w3 = MemoryMarshal.Cast<double, Vector<double>>(weighted[row + 3].AsSpan(0, n));
        var c0 = MemoryMarshal.Cast<double, Vector<double>>(cols[col].AsSpan(0, n));
        var c1 = MemoryMarshal.Cast<double, Vector<double>>(cols[col + 1].AsSpan(0, n));
        Vector<double> s00 = default, s01 = default, s10 = default, s11 = default;
        Vector<double> s20 = default, s21 = default, s30 = default, s31 = default;
        for (int v = 0; v < c0.Length; v++)
        {
            var x0 = c0[v];
            var x1 = c1[v];
            s00 += w0[v] * x0; s01 += w0[v] * x1;
            s10 += w1[v] * x0; s11 += w1[v] * x1;
            s20 += w2[v] * x0; s21 += w2[v] * x1;
            s30 += w3[v] * x0; s31 += w3[v] * x1;
        }
        double r00 = Vector.Sum(s00), r01 = Vector.Sum(s01), r10 = Vector.Sum(s10), r11 = Vector.Sum(s11);
        double r20 = Vector.Sum(s20), r21 = Vector.Sum(s21), r30 = Vector.Sum(s30), r31 = Vector.Sum(s31);
        for (int i = c0.Length * Vector<double>.Count; i < n; i++)
        {
            double x0 = cols[col][i], x1 = cols[col + 1][i];
            r00 += weighted[row][i] * x0; r01 += weighted[row][i] * x1;
            r10 += weighted[row + 1][i] * x0; r11 += weighted[row + 1][i] * x1;
            r20 += weighted[row + 2][i] * x0; r21 += weighted[row + 2][i] * x1;
            r30 += weighted[row + 3][i] * x0; r31 += weighted[row + 3][i] * x1;
        }
        result[row][col] = r00; result[row][col + 1] = r01;
        result[row + 1][col] = r10; result[row + 1][col + 1] = r11;
        result[row + 2][col] = r20; result[row + 2][col + 1] = r21;
        result[row + 3][col] = r30; result[row + 3][col + 1] = r31;
    }
}
