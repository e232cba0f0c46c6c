using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// Cyclic coordinate descent for the lasso exactly as scikit-learn's <c>cd_fast.enet_coordinate_descent</c> (and its
/// Gram variant) runs it, so that iterates, stopping and therefore results agree with <c>Lasso</c>/<c>LassoCV</c>.
/// </summary>
/// <remarks>
/// Minimises (1/(2n))‖y − Xw‖² + α‖w‖₁ on centred X, y. With λ = αn each update is
/// w_j ← S(x_jᵀr + ‖x_j‖² w_j, λ) / ‖x_j‖² (S the soft threshold). After a sweep whose largest change relative to the
/// largest |w_j| is below tol (or at the last iteration) the duality gap is computed:
/// with c = min(1, λ / ‖Xᵀr‖_∞), gap = ½(‖r‖² + c²‖r‖²)·[‖Xᵀr‖_∞ &gt; λ] + ‖r‖²·[else] + λ‖w‖₁ − c·rᵀy;
/// the fit stops when gap &lt; tol·‖y‖².
/// </remarks>
internal sealed class LassoCoordinateDescent
{
    private readonly double[][] _x;   // centred columns
    private readonly double[] _y;     // centred outcome
    private readonly double[] _norms; // ‖x_j‖²
    private readonly double[][]? _gram;
    private readonly double[] _xty;
    private readonly double _yNorm2;

    public LassoCoordinateDescent(double[][] centredColumns, double[] centredY, bool useGram)
    {
        _x = centredColumns;
        _y = centredY;
        int p = _x.Length;
        _norms = new double[p];
        _xty = new double[p];
        for (int j = 0; j < p; j++) { _norms[j] = VectorMath.Dot(_x[j], _x[j]); _xty[j] = VectorMath.Dot(_x[j], _y); }
        _yNorm2 = VectorMath.Dot(_y, _y);
        if (useGram)
        {
            _gram = new double[p][];
            for (int j = 0; j < p; j++) _gram[j] = new double[p];
            for (int j = 0; j < p; j++)
                for (int k = j; k < p; k++) _gram[j][k] = _gram[k][j] = k == j ? _norms[j] : VectorMath.Dot(_x[j], _x[k]);
        }
    }

    /// <summary>A Gram-only solver from a precomputed XᵀX, Xᵀy and ‖y‖² of centred data.</summary>
    public LassoCoordinateDescent(double[][] gram, double[] xty, double yNorm2, int rows)
    {
        _x = [];
        _y = [];
        _gram = gram;
        _xty = xty;
        _yNorm2 = yNorm2;
        _norms = gram.Select((r, j) => r[j]).ToArray();
        _rows = rows;
    }

    private readonly int _rows = -1;
    public int Rows => _rows >= 0 ? _rows : _y.Length;
    public double[] XtY => _xty;

    /// <summary>Runs from the warm start <paramref name="w"/> (updated in place); returns true when the gap criterion was met.</summary>
    public bool Solve(double alpha, double[] w, double tol, int maxIterations) =>
        _gram is null ? SolveResidual(alpha * Rows, w, tol, maxIterations) : SolveGram(alpha * Rows, w, tol, maxIterations);

    private bool SolveResidual(double l1, double[] w, double tol, int maxIterations)
    {
        int p = _x.Length, n = _y.Length;
        var r = (double[])_y.Clone();
        for (int j = 0; j < p; j++) if (w[j] != 0) VectorMath.AddScaled(r, -w[j], _x[j]);
        double gapTol = tol * _yNorm2;
        for (int iter = 0; iter < maxIterations; iter++)
        {
            double wMax = 0, dwMax = 0;
            for (int j = 0; j < p; j++)
            {
                if (_norms[j] == 0) continue;
                double old = w[j];
                if (old != 0) VectorMath.AddScaled(r, old, _x[j]);
                double tmp = VectorMath.Dot(_x[j], r);
                w[j] = Math.Sign(tmp) * Math.Max(Math.Abs(tmp) - l1, 0) / _norms[j];
                if (w[j] != 0) VectorMath.AddScaled(r, -w[j], _x[j]);
                dwMax = Math.Max(dwMax, Math.Abs(w[j] - old));
                wMax = Math.Max(wMax, Math.Abs(w[j]));
            }
            if (wMax == 0 || dwMax / wMax < tol || iter == maxIterations - 1)
            {
                double dualNorm = 0;
                for (int j = 0; j < p; j++) dualNorm = Math.Max(dualNorm, Math.Abs(VectorMath.Dot(_x[j], r)));
                double rNorm2 = VectorMath.Dot(r, r);
                double ry = VectorMath.Dot(r, _y);
                if (Gap(l1, w, dualNorm, rNorm2, ry) < gapTol) return true;
            }
        }
        return false;
    }

    private bool SolveGram(double l1, double[] w, double tol, int maxIterations)
    {
        int p = _xty.Length;
        var gram = _gram!;
        var h = new double[p]; // Q·w
        for (int j = 0; j < p; j++) if (w[j] != 0) VectorMath.AddScaled(h, w[j], gram[j]);
        double gapTol = tol * _yNorm2;
        for (int iter = 0; iter < maxIterations; iter++)
        {
            double wMax = 0, dwMax = 0;
            for (int j = 0; j < p; j++)
            {
                if (gram[j][j] == 0) continue;
                double old = w[j];
                if (old != 0) VectorMath.AddScaled(h, -old, gram[j]);
                double tmp = _xty[j] - h[j];
                w[j] = Math.Sign(tmp) * Math.Max(Math.Abs(tmp) - l1, 0) / gram[j][j];
                if (w[j] != 0) VectorMath.AddScaled(h, w[j], gram[j]);
                dwMax = Math.Max(dwMax, Math.Abs(w[j] - old));
                wMax = Math.Max(wMax, Math.Abs(w[j]));
            }
            if (wMax == 0 || dwMax / wMax < tol || iter == maxIterations - 1)
            {
                double qDotW = VectorMath.Dot(w, _xty);
                double dualNorm = 0;
                for (int j = 0; j < p; j++) dualNorm = Math.Max(dualNorm, Math.Abs(_xty[j] - h[j]));
                double wQw = VectorMath.Dot(w, h);
                double rNorm2 = _yNorm2 + wQw - 2 * qDotW;
                if (Gap(l1, w, dualNorm, rNorm2, _yNorm2 - qDotW) < gapTol) return true;
            }
        }
        return false;
    }

    private static double Gap(double l1, double[] w, double dualNorm, double rNorm2, double ry)
    {
        double c, gap;
        if (dualNorm > l1) { c = l1 / dualNorm; gap = 0.5 * (rNorm2 + rNorm2 * c * c); }
        else { c = 1; gap = rNorm2; }
        double l1Norm = 0;
        foreach (double v in w) l1Norm += Math.Abs(v);
        return gap + l1 * l1Norm - c * ry;
    }
}
