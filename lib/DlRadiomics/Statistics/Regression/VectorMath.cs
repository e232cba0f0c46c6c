using System.Numerics;
using System.Runtime.InteropServices;

namespace DlRadiomics.Statistics;

/// <summary>SIMD loops over whole columns (dot product, axpy, element-wise product) for the Newton–Raphson fits.</summary>
internal static class VectorMath
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length, i = 0;
        var acc = Vector<double>.Zero;
        if (Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            for (int v = 0; v < va.Length; v++) acc += va[v] * vb[v];
            i = va.Length * Vector<double>.Count;
        }
        double s = Vector.Sum(acc);
        for (; i < n; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>y += α·x.</summary>
    public static void AddScaled(Span<double> y, double alpha, ReadOnlySpan<double> x)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            for (int v = 0; v < vy.Length; v++) vy[v] += alpha * vx[v];
            i = vy.Length * Vector<double>.Count;
        }
        for (; i < y.Length; i++) y[i] += alpha * x[i];
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
}
