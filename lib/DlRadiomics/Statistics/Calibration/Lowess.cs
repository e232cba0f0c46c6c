namespace DlRadiomics.Statistics.Calibration;

/// <summary>Cleveland's (1979) robust locally weighted regression, a line-by-line port of R's <c>lowess</c> (clowess).</summary>
/// <remarks>
/// Each fitted point uses the ns = max(2, min(n, ⌊f·n + 10⁻⁷⌋)) nearest x values with tricube weights (1 − (d/h)³)³,
/// h the distance to the farthest of them, and a weighted straight line when the x values are spread enough.
/// Robustness iterations re-weight by the bisquare (1 − (r/6·MAD)²)² of the residuals. Points within Delta of the
/// last fitted x are linearly interpolated.
/// </remarks>
public static class Lowess
{
    public static LowessResult Smooth(IReadOnlyList<double> x, IReadOnlyList<double> y, LowessOptions? options = null)
    {
        options ??= new LowessOptions();
        if (x.Count != y.Count) throw new StatisticsInputException($"lowess: {x.Count} x values but {y.Count} y values.");
        if (x.Count == 0) throw new StatisticsInputException("lowess: no points.");
        for (int i = 0; i < x.Count; i++)
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) throw new StatisticsInputException($"lowess: point {i + 1} is ({x[i]}, {y[i]}); remove missing values first.");
        if (!(options.Span > 0)) throw new StatisticsInputException($"lowess: span must be > 0, got {options.Span}.");
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
        var xs = order.Select(i => x[i]).ToArray();
        var ys = order.Select(i => y[i]).ToArray();
        double delta = options.Delta ?? 0.01 * (xs[^1] - xs[0]);
        return new LowessResult(xs, Clowess(xs, ys, options.Span, options.Iterations, delta));
    }

    private static double[] Clowess(double[] xv, double[] yv, double f, int nsteps, double delta)
    {
        int n = xv.Length;
        var fit = new double[n];
        if (n < 2) { fit[0] = yv[0]; return fit; }
        // 1-based views as in the reference implementation
        double X(int i) => xv[i - 1];
        double Y(int i) => yv[i - 1];
        var rw = new double[n];
        var res = new double[n];
        int ns = Math.Max(2, Math.Min(n, (int)(f * n + 1e-7)));

        for (int iter = 1; iter <= nsteps + 1; iter++)
        {
            int nleft = 1, nright = ns, last = 0, i = 1;
            for (; ; )
            {
                if (nright < n)
                {
                    double d1 = X(i) - X(nleft), d2 = X(nright + 1) - X(i);
                    if (d1 > d2) { nleft++; nright++; continue; }
                }
                bool ok = Lowest(xv, yv, n, X(i), out double ysi, nleft, nright, res, iter > 1, rw);
                fit[i - 1] = ok ? ysi : Y(i);
                if (last < i - 1)
                {
                    double denom = X(i) - X(last);
                    for (int j = last + 1; j < i; j++)
                    {
                        double alpha = (X(j) - X(last)) / denom;
                        fit[j - 1] = alpha * fit[i - 1] + (1 - alpha) * fit[last - 1];
                    }
                }
                last = i;
                double cut = X(last) + delta;
                for (i = last + 1; i <= n; i++)
                {
                    if (X(i) > cut) break;
                    if (X(i) == X(last)) { fit[i - 1] = fit[last - 1]; last = i; }
                }
                i = Math.Max(last + 1, i - 1);
                if (last >= n) break;
            }
            for (int k = 0; k < n; k++) res[k] = yv[k] - fit[k];
            double sc = 0;
            for (int k = 0; k < n; k++) sc += Math.Abs(res[k]);
            sc /= n;
            if (iter > nsteps) break;
            for (int k = 0; k < n; k++) rw[k] = Math.Abs(res[k]);
            var sorted = (double[])rw.Clone();
            Array.Sort(sorted);
            int m1 = n / 2;
            double cmad = n % 2 == 0 ? 3.0 * (sorted[m1] + sorted[n - m1 - 1]) : 6.0 * sorted[m1];
            if (cmad < 1e-7 * sc) break;
            double c9 = 0.999 * cmad, c1 = 0.001 * cmad;
            for (int k = 0; k < n; k++)
            {
                double r = Math.Abs(res[k]);
                rw[k] = r <= c1 ? 1.0 : r <= c9 ? Square(1 - Square(r / cmad)) : 0.0;
            }
        }
        return fit;
    }

    /// <summary>Fitted value at xs from points nleft..nright (1-based); w is scratch space. False when all weights are zero.</summary>
    private static bool Lowest(double[] xv, double[] yv, int n, double xs, out double ys, int nleft, int nright, double[] w, bool userw, double[] rw)
    {
        double X(int i) => xv[i - 1];
        double range = X(n) - X(1);
        double h = Math.Max(xs - X(nleft), X(nright) - xs);
        double h9 = 0.999 * h, h1 = 0.001 * h;
        double a = 0;
        int j = nleft;
        while (j <= n)
        {
            w[j - 1] = 0;
            double r = Math.Abs(X(j) - xs);
            if (r <= h9)
            {
                w[j - 1] = r <= h1 ? 1.0 : Cube(1 - Cube(r / h));
                if (userw) w[j - 1] *= rw[j - 1];
                a += w[j - 1];
            }
            else if (X(j) > xs) break;
            j++;
        }
        int nrt = j - 1;
        ys = 0;
        if (a <= 0) return false;
        for (j = nleft; j <= nrt; j++) w[j - 1] /= a;
        if (h > 0)
        {
            a = 0;
            for (j = nleft; j <= nrt; j++) a += w[j - 1] * X(j);
            double b = xs - a, c = 0;
            for (j = nleft; j <= nrt; j++) c += w[j - 1] * (X(j) - a) * (X(j) - a);
            if (Math.Sqrt(c) > 0.001 * range)
            {
                b /= c;
                for (j = nleft; j <= nrt; j++) w[j - 1] *= b * (X(j) - a) + 1.0;
            }
        }
        for (j = nleft; j <= nrt; j++) ys += w[j - 1] * yv[j - 1];
        return true;
    }

    private static double Square(double v) => v * v;
    private static double Cube(double v) => v * v * v;
}
