namespace DlRadiomics.Numerics;

/// <summary>
/// Eigenvalues of a small real symmetric matrix: Householder reduction to tridiagonal form, then the implicit QL
/// method with Wilkinson shifts (EISPACK tred1/tql1; Wilkinson and Reinsch, Handbook for Automatic Computation II,
/// 1971). Each eigenvalue is accurate to a few units of ε·‖A‖; about (4/3)n³ operations, against ~10·n³ per sweep
/// for cyclic Jacobi rotations.
/// </summary>
internal static class SymmetricEigenvalues
{
    /// <summary>Eigenvalues of the symmetric n×n row-major matrix <paramref name="a"/> (overwritten), ascending.</summary>
    public static double[] Compute(double[] a, int n)
    {
        var d = new double[n];
        var e = new double[n];
        Tridiagonalize(a, n, d, e);
        TridiagonalQl(d, e, n);
        Array.Sort(d);
        return d;
    }

    /// <summary>
    /// Householder reduction using the lower triangle of <paramref name="a"/>: on return <paramref name="d"/> is the
    /// diagonal and <paramref name="e"/>[i] the sub-diagonal element (i, i − 1) of the similar tridiagonal matrix.
    /// </summary>
    private static void Tridiagonalize(double[] a, int n, double[] d, double[] e)
    {
        for (int i = n - 1; i > 0; i--)
        {
            int l = i - 1, row = i * n;
            if (l == 0) { e[i] = a[row]; continue; }
            double scale = 0;
            for (int k = 0; k <= l; k++) scale += Math.Abs(a[row + k]);
            if (scale == 0) { e[i] = a[row + l]; continue; }

            // Scaling by the row's 1-norm keeps h = ‖row‖² free of overflow and underflow.
            double h = 0;
            for (int k = 0; k <= l; k++)
            {
                a[row + k] /= scale;
                h += a[row + k] * a[row + k];
            }
            double f = a[row + l];
            double g = f >= 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
            e[i] = scale * g;
            h -= f * g;
            a[row + l] = f - g;
            f = 0;
            for (int j = 0; j <= l; j++)
            {
                g = 0;
                for (int k = 0; k <= j; k++) g += a[j * n + k] * a[row + k];
                for (int k = j + 1; k <= l; k++) g += a[k * n + j] * a[row + k];
                e[j] = g / h;
                f += e[j] * a[row + j];
            }
            double hh = f / (h + h);
            for (int j = 0; j <= l; j++)
            {
                f = a[row + j];
                g = e[j] - hh * f;
                e[j] = g;
                for (int k = 0; k <= j; k++) a[j * n + k] -= f * e[k] + g * a[row + k];
            }
        }
        e[0] = 0;
        for (int i = 0; i < n; i++) d[i] = a[i * n + i];
    }

    /// <summary>Eigenvalues (into <paramref name="d"/>, unsorted) of the tridiagonal matrix from <see cref="Tridiagonalize"/>.</summary>
    private static void TridiagonalQl(double[] d, double[] e, int n)
    {
        for (int i = 1; i < n; i++) e[i - 1] = e[i];
        if (n > 0) e[n - 1] = 0;
        for (int l = 0; l < n; l++)
        {
            for (int iteration = 0; iteration < 60; iteration++)
            {
                int m = l;
                for (; m < n - 1; m++)
                {
                    double dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= double.Epsilon + 2.220446049250313e-16 * dd) break;
                }
                if (m == l) break;

                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Hypot(g, 1);
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
                double s = 1, c = 1, p = 0;
                int i = m - 1;
                bool deflated = false;
                for (; i >= l; i--)
                {
                    double f = s * e[i], b = c * e[i];
                    r = Hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0)
                    {
                        // An underflowed rotation splits the matrix: recover and restart this eigenvalue.
                        d[i + 1] -= p;
                        e[m] = 0;
                        deflated = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                }
                if (deflated) continue;
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
    }

    /// <summary>√(x² + y²) without rescaling: the matrices here (the GLCM's MCC matrix, the covariance of ROI coordinates in mm²) are far from overflow.</summary>
    private static double Hypot(double x, double y) => Math.Sqrt(x * x + y * y);
}
