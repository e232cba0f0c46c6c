using System.Numerics;
using System.Runtime.InteropServices;

namespace DlRadiomics.Statistics;

/// <summary>Vectorised sums, dot products and axpy on contiguous arrays, the inner loops of coordinate descent.</summary>
internal static class DenseKernels
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
