using System.Numerics;
using System.Runtime.InteropServices;

namespace DlRadiomics.Learning;

/// <summary>‖a − b‖² summed term by term, (aⱼ − bⱼ)², so that identical rows are exactly 0 apart and the ordering of near-equal distances is not lost to the cancellation of ‖a‖² − 2a·b + ‖b‖².</summary>
internal static class SquaredDistance
{
    public static double Euclidean(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
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
}
