using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// Newton (IRLS) steps for the L1-penalised logistic likelihood on a working set of features, each quadratic model
/// solved by covariance-style coordinate descent, with a full KKT check before stopping; warm-started from the
/// previous λ. See <see cref="LogisticLasso"/> for the objective. <see cref="LogisticCoordinateDescent"/> hands a λ over
/// to it when naive coordinate descent converges slowly (strongly correlated features).
/// </summary>
/// <remarks>
/// At (β₀, β) with p_i = σ(η_i), v_i = p_i(1 − p_i)/n and g = Aᵀ(y − p)/n, H = AᵀVA (A = [1, z_W]), the step δ
/// minimises −gᵀδ + ½δᵀHδ + λ‖β_W + δ_W‖₁. The step is halved while the penalised objective rises. The solution is
/// accepted when the largest H_jj·δ_j² is below the tolerance and every feature outside the working set satisfies
/// |g_j| ≤ λ; violators join the working set.
/// </remarks>
internal sealed class ProximalNewton
{
    private readonly double[][] _z;
    private readonly double[] _y;
    private readonly bool[] _active;
    private readonly double _tol;
    private readonly int _maxSweeps;
    private readonly int _n;

    /// <summary>Works on <paramref name="beta"/> and <paramref name="eta"/> in place, starting from them and <paramref name="intercept"/>.</summary>
    public ProximalNewton(double[][] z, double[] y, bool[] active, double tolerance, int maxSweeps, double intercept, double[] beta, double[] eta)
    {
        _z = z; _y = y; _active = active; _tol = tolerance; _maxSweeps = maxSweeps; _n = y.Length;
        Intercept = intercept;
        Beta = beta;
        Eta = eta;
    }

    public double Intercept { get; private set; }
    public double[] Beta { get; }
    public double[] Eta { get; }

    /// <summary>Solves at <paramref name="lambda"/> from the current state; false when the sweep budget ran out.</summary>
    public bool Solve(double lambda)
    {
        int p = _z.Length, sweeps = 0;
        var working = new List<int>();
        var resid = new double[_n];
        Residual(resid);
        for (int j = 0; j < p; j++)
            if (_active[j] && (Beta[j] != 0 || Math.Abs(VectorMath.Dot(_z[j], resid)) > lambda)) working.Add(j);
        double[][]? h = null;
        bool refresh = true;
        double previousMoved = double.PositiveInfinity;
        for (int newton = 0; newton < 10_000; newton++)
        {
            int m = working.Count + 1;
            var cols = new double[m][];
            cols[0] = Enumerable.Repeat(1.0, _n).ToArray();
            for (int k = 1; k < m; k++) cols[k] = _z[working[k - 1]];
            var g = new double[m];
            for (int a = 0; a < m; a++) g[a] = VectorMath.Dot(cols[a], resid);
            if (refresh || h is null || h.Length != m) h = Hessian(cols);
            // Coordinate descent on the quadratic model; c holds the candidate coefficients, hd = H·(c − current).
            var current = new double[m];
            current[0] = Intercept;
            for (int k = 1; k < m; k++) current[k] = Beta[working[k - 1]];
            var c = (double[])current.Clone();
            var hd = new double[m];
            // A few sweeps find most of the support; feature-sign search then gives the exact minimiser. Should it fail
            // (a singular system), sweeps go on to the full tolerance.
            while (true)
            {
                bool settled = Sweeps(h, g, c, hd, lambda, _tol * 1e-2, 20, ref sweeps);
                if (sweeps >= _maxSweeps) return false;
                var exact = FeatureSignSearch.Solve(h, g, current, c, lambda);
                if (exact is not null) { c = exact; break; }
                if (settled) break;
            }

            double before = Objective(lambda);
            var oldEta = (double[])Eta.Clone();
            double step = 1;
            while (true)
            {
                for (int i = 0; i < _n; i++) Eta[i] = oldEta[i];
                for (int a = 0; a < m; a++)
                {
                    double d = step * (c[a] - current[a]);
                    if (d != 0) VectorMath.AddScaled(Eta, d, cols[a]);
                    if (a == 0) Intercept = current[0] + d; else Beta[working[a - 1]] = current[a] + d;
                }
                if (Objective(lambda) <= before + 1e-13 * Math.Abs(before) || step < 1e-8) break;
                step /= 2;
            }
            double moved = 0;
            for (int a = 0; a < m; a++) moved = Math.Max(moved, h[a][a] * step * step * (c[a] - current[a]) * (c[a] - current[a]));
            Residual(resid);
            // The Hessian is kept while Newton steps still shrink the change tenfold; the gradient is always exact,
            // so the fixed point is the same, and a stale Hessian only slows the convergence, which the test catches.
            refresh = !(moved <= 0.1 * previousMoved);
            previousMoved = moved;
            if (moved >= _tol) continue;
            refresh = true;
            previousMoved = double.PositiveInfinity;
            int added = 0;
            for (int j = 0; j < p; j++)
                if (_active[j] && !working.Contains(j) && Math.Abs(VectorMath.Dot(_z[j], resid)) > lambda) { working.Add(j); added++; }
            if (added == 0) return true;
        }
        return false;
    }

    /// <summary>H = AᵀVA with v_i = p_i(1 − p_i)/n at the current η, A the working columns.</summary>
    private double[][] Hessian(double[][] cols)
    {
        var v = new double[_n];
        for (int i = 0; i < _n; i++)
        {
            double pr = Logistic.Sigmoid(Eta[i]);
            v[i] = Math.Max(pr * (1 - pr), 1e-12) / _n;
        }
        var h = new double[cols.Length][];
        for (int a = 0; a < h.Length; a++) h[a] = new double[cols.Length];
        VectorMath.WeightedGram(cols, v, h);
        return h;
    }

    private bool Sweeps(double[][] h, double[] g, double[] c, double[] hd, double lambda, double tol, int maxSweeps, ref int sweeps)
    {
        int m = c.Length;
        double change;
        do
        {
            change = 0;
            for (int a = 0; a < m; a++)
            {
                if (h[a][a] <= 0) continue;
                double u = h[a][a] * c[a] + g[a] - hd[a];
                double nc = a == 0 ? u / h[a][a] : Math.Sign(u) * Math.Max(Math.Abs(u) - lambda, 0) / h[a][a];
                double d = nc - c[a];
                if (d == 0) continue;
                c[a] = nc;
                VectorMath.AddScaled(hd, d, h[a]);
                change = Math.Max(change, h[a][a] * d * d);
            }
            if (++sweeps >= _maxSweeps || --maxSweeps == 0) return change < tol;
        } while (change >= tol);
        return true;
    }

    private void Residual(double[] resid)
    {
        for (int i = 0; i < _n; i++) resid[i] = (_y[i] - Logistic.Sigmoid(Eta[i])) / _n;
    }

    private double Objective(double lambda)
    {
        double f = 0;
        for (int i = 0; i < _n; i++) f += LogisticLasso.Softplus(Eta[i]) - _y[i] * Eta[i];
        f /= _n;
        double l1 = 0;
        foreach (double b in Beta) l1 += Math.Abs(b);
        return f + lambda * l1;
    }
}
