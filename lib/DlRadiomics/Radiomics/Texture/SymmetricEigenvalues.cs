using System.Runtime.CompilerServices;

namespace DlRadiomics.Radiomics.Texture;

/// <summary>Eigenvalues of a small real symmetric matrix by cyclic Jacobi rotations (accurate to machine precision).</summary>
internal static class SymmetricEigenvalues
{
    /// <summary>Eigenvalues of the symmetric n×n row-major matrix <paramref name="a"/> (overwritten), ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Compute(double[] a, int n)
    {
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, diagonal = 0;
            for (int i = 0; i < n; i++)
            {
                diagonal += a[i * n + i] * a[i * n + i];
                for (int j = i + 1; j < n; j++) off += a[i * n + j] * a[i * n + j];
            }
            if (off == 0 || off <= 1e-36 * diagonal) break;
            for (int p = 0; p < n - 1; p++)
                for (int q = p + 1; q < n; q++)
                {
                    double apq = a[p * n + q];
                    if (apq == 0) continue;
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    a[p * n + p] -= t * apq;
                    a[q * n + q] += t * apq;
                    a[p * n + q] = a[q * n + p] = 0;
                    for (int r = 0; r < n; r++)
                    {
                        if (r == p || r == q) continue;
                        double arp = a[r * n + p], arq = a[r * n + q];
                        a[r * n + p] = a[p * n + r] = c * arp - s * arq;
                        a[r * n + q] = a[q * n + r] = s * arp + c * arq;
                    }
                }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i * n + i];
        Array.Sort(values);
        return values;
    }
}
