namespace DlRadiomics.Statistics;

/// <summary>
/// Newton (IRLS) steps for the L1-penalised logistic likelihood on a working set of features, each quadratic model
/// solved by covariance-style coordinate descent, with a full KKT check before stopping; warm-started from the
/// previous λ. See <see cref="LogisticLasso"/> for the objective.
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

    public ProximalNewton(double[][] z, double[] y, bool[] active, double tolerance, int maxSweeps)
    {
        _z = z; _y = y; _active = active; _tol = tolerance; _maxSweeps = maxSweeps; _n = y.Length;
        Beta = new double[z.Length];
        double ybar = y.Average();
        Intercept = Math.Log(ybar / (1 - ybar));
        Eta = Enumerable.Repeat(Intercept, _n).ToArray();
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
        for (int newton = 0; newton < 10_000; newton++)
        {
            int m = working.Count + 1;
            var cols = new double[m][];
            cols[0] = Enumerable.Repeat(1.0, _n).ToArray();
            for (int k = 1; k < m; k++) cols[k] = _z[working[k - 1]];
            var v = new double[_n];
            var vz = new double[m][];
            for (int i = 0; i < _n; i++)
            {
                double pr = LogisticLasso.Sigmoid(Eta[i]);
                v[i] = Math.Max(pr * (1 - pr), 1e-12) / _n;
            }
            var g = new double[m];
            var h = new double[m][];
            for (int a = 0; a < m; a++)
            {
                vz[a] = new double[_n];
                for (int i = 0; i < _n; i++) vz[a][i] = v[i] * cols[a][i];
                g[a] = VectorMath.Dot(cols[a], resid);
                h[a] = new double[m];
            }
            for (int a = 0; a < m; a++)
                for (int b = a; b < m; b++) h[a][b] = h[b][a] = VectorMath.Dot(vz[a], cols[b]);

            // Coordinate descent on the quadratic model; c holds the candidate coefficients, hd = H·(c − current).
            var current = new double[m];
            current[0] = Intercept;
            for (int k = 1; k < m; k++) current[k] = Beta[working[k - 1]];
            var c = (double[])current.Clone();
            var hd = new double[m];
            // Sweeps until the support settles, then the exact solution on that support (sign-consistent) if it exists;
            // otherwise sweeps to the full tolerance.
            while (true)
            {
                bool settled = Sweeps(h, g, c, hd, lambda, _tol * 1e-2, 20, ref sweeps);
                if (sweeps >= _maxSweeps) return false;
                var polished = Polish(h, g, current, c, lambda);
                if (polished is not null) { c = polished; break; }
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
            if (moved >= _tol) continue;
            int added = 0;
            for (int j = 0; j < p; j++)
                if (_active[j] && !working.Contains(j) && Math.Abs(VectorMath.Dot(_z[j], resid)) > lambda) { working.Add(j); added++; }
            if (added == 0) return true;
        }
        return false;
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

    /// <summary>
    /// Solves H_SS c_S = g_S − λ s_S + H_SS·current_S on the support S of <paramref name="c"/> (intercept unpenalised);
    /// returns it when signs are kept and the zero coordinates satisfy the subgradient condition, else null.
    /// </summary>
    private static double[]? Polish(double[][] h, double[] g, double[] current, double[] c, double lambda)
    {
        int m = c.Length;
        var support = Enumerable.Range(0, m).Where(a => a == 0 || c[a] != 0).ToArray();
        int s = support.Length;
        var hs = new double[s, s];
        var sol = new double[s];
        for (int i = 0; i < s; i++)
        {
            int a = support[i];
            sol[i] = g[a] - (a == 0 ? 0 : lambda * Math.Sign(c[a]));
            for (int k = 0; k < s; k++) { hs[i, k] = h[a][support[k]]; sol[i] += h[a][support[k]] * current[support[k]]; }
        }
        if (!CholeskySolve(hs, sol)) return null;
        var result = new double[m];
        for (int i = 0; i < s; i++)
        {
            int a = support[i];
            if (!double.IsFinite(sol[i]) || (a != 0 && Math.Sign(sol[i]) != Math.Sign(c[a]))) return null;
            result[a] = sol[i];
        }
        for (int a = 1; a < m; a++)
        {
            if (result[a] != 0) continue;
            double grad = g[a];
            for (int k = 0; k < m; k++) grad -= h[a][k] * (result[k] - current[k]);
            if (Math.Abs(grad) > lambda * (1 + 1e-9)) return null;
        }
        return result;
    }

    /// <summary>Solves A·x = b in place (x returned in <paramref name="b"/>) for symmetric positive definite A; false if A is not.</summary>
    private static bool CholeskySolve(double[,] a, double[] b)
    {
        int n = b.Length;
        for (int j = 0; j < n; j++)
        {
            double d = a[j, j];
            for (int k = 0; k < j; k++) d -= a[j, k] * a[j, k];
            if (!(d > 1e-14 * Math.Abs(a[j, j]))) return false;
            a[j, j] = Math.Sqrt(d);
            for (int i = j + 1; i < n; i++)
            {
                double v = a[i, j];
                for (int k = 0; k < j; k++) v -= a[i, k] * a[j, k];
                a[i, j] = v / a[j, j];
            }
        }
        for (int i = 0; i < n; i++)
        {
            double v = b[i];
            for (int k = 0; k < i; k++) v -= a[i, k] * b[k];
            b[i] = v / a[i, i];
        }
        for (int i = n - 1; i >= 0; i--)
        {
            double v = b[i];
            for (int k = i + 1; k < n; k++) v -= a[k, i] * b[k];
            b[i] = v / a[i, i];
        }
        return true;
    }

    private void Residual(double[] resid)
    {
        for (int i = 0; i < _n; i++) resid[i] = (_y[i] - LogisticLasso.Sigmoid(Eta[i])) / _n;
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
