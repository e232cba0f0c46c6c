using System.Numerics;
using System.Runtime.InteropServices;

namespace DlRadiomics.Statistics;

/// <summary>SIMD loops over whole columns (dot product, axpy, element-wise product): the inner loops of the Newton–Raphson fits and of coordinate descent.</summary>
internal static class VectorMath
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
}
