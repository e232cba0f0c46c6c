using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// glmnet's <c>lognet</c> solver for the L1-penalised logistic likelihood along a decreasing λ path, warm-started
/// from the previous λ: IRLS outer steps, each quadratic model solved by cyclic coordinate descent with naive updates
/// of the weighted working residual (O(n) per coordinate, no Gram matrix). See <see cref="LogisticLasso"/> for the
/// objective.
/// </summary>
/// <remarks>
/// <para>At (β₀, β) with p_i = σ(η_i), weights v_i = p_i(1 − p_i)/n and residual r_i = (y_i − p_i)/n, the update of
/// feature j is u = z_jᵀr + x̄v_j β_j, β_j ← S(u, λ)/x̄v_j with x̄v_j = Σ_i v_i z_ij² and S the soft threshold;
/// r ← r − Δβ_j v∘z_j. The intercept moves by Σr/Σv.</para>
/// <para>Per IRLS step: one sweep over the strong set, then sweeps over the active set (features ever non-zero)
/// until max_j x̄v_j Δβ_j² &lt; thresh·D₀ (D₀ the null deviance per observation over 2, as glmnet scales it); repeated
/// until a full strong-set sweep changes nothing by more than that. The step is accepted when no coefficient moved
/// by more than the threshold from the previous IRLS step; then every feature outside the strong set is checked
/// against the KKT condition |z_jᵀ(y − p)|/n ≤ λ and violators join it.</para>
/// <para>Strong set (Tibshirani et al. 2012, sequential strong rule): features ever active or with
/// |z_jᵀ(y − p)|/n &gt; 2λ_k − λ_{k−1} at the previous solution.</para>
/// <para>Strongly correlated features make coordinate descent crawl (glmnet itself needs minutes on such tables at a
/// tight threshold). When the sweeps of one λ exceed max(20, m/2) for m active features, or their observed linear
/// rate predicts that, the λ is finished by <see cref="ProximalNewton"/> (Newton steps whose penalised quadratic
/// models are solved exactly by <see cref="FeatureSignSearch"/>), which reaches the same optimum.</para>
/// </remarks>
internal sealed class LogisticCoordinateDescent
{
    private readonly double[][] _z;
    private readonly double[] _y;
    private readonly bool[] _usable;
    private readonly double _threshold;
    private readonly int _maxSweeps;
    private readonly int _n;
    private readonly double[] _v, _r, _xv, _gradient, _start;
    private readonly bool[] _strong, _isActive;
    private readonly int[] _active;
    private int _activeCount;
    private double _previousLambda = double.NaN;

    public LogisticCoordinateDescent(double[][] z, double[] y, bool[] usable, double tolerance, int maxSweeps)
    {
        _z = z; _y = y; _usable = usable; _maxSweeps = maxSweeps; _n = y.Length;
        int p = z.Length;
        Beta = new double[p];
        double ybar = y.Average();
        Intercept = Math.Log(ybar / (1 - ybar));
        Eta = new double[_n];
        Array.Fill(Eta, Intercept);
        _threshold = tolerance * -(ybar * Math.Log(ybar) + (1 - ybar) * Math.Log(1 - ybar));
        _v = new double[_n];
        _r = new double[_n];
        _xv = new double[p];
        _gradient = new double[p];
        _start = new double[p];
        _strong = new bool[p];
        _isActive = new bool[p];
        _active = new int[p];
        Gradient();
    }

    public double Intercept { get; private set; }
    public double[] Beta { get; }
    public double[] Eta { get; }

    /// <summary>Solves at <paramref name="lambda"/> from the current state; false when the sweep budget ran out.</summary>
    public bool Solve(double lambda)
    {
        int p = _z.Length, sweeps = 0;
        double cut = double.IsNaN(_previousLambda) ? lambda : 2 * lambda - _previousLambda;
        _previousLambda = lambda;
        for (int j = 0; j < p; j++) _strong[j] = _usable[j] && (_isActive[j] || Math.Abs(_gradient[j]) > cut);
        while (true)
        {
            double vSum = Weights();
            for (int j = 0; j < p; j++)
                if (_strong[j]) { _xv[j] = VectorMath.WeightedSquares(_v, _z[j]); _start[j] = Beta[j]; }
            double interceptStart = Intercept;
            while (true)
            {
                double change = Sweep(lambda, vSum, activeOnly: false);
                if (++sweeps > NewtonAfter()) return FinishByNewton(lambda, sweeps);
                if (change < _threshold) break;
                var recent = new double[RateWindow];
                int run = 0;
                do
                {
                    change = Sweep(lambda, vSum, activeOnly: true);
                    if (++sweeps > NewtonAfter()) return FinishByNewton(lambda, sweeps);
                    if (run >= RateWindow && change >= _threshold && TooSlow(change, recent[run % RateWindow], sweeps))
                        return FinishByNewton(lambda, sweeps);
                    recent[run++ % RateWindow] = change;
                } while (change >= _threshold);
            }
            UpdateEta();
            double moved = vSum * (Intercept - interceptStart) * (Intercept - interceptStart);
            for (int a = 0; a < _activeCount; a++)
            {
                int j = _active[a];
                moved = Math.Max(moved, _xv[j] * (Beta[j] - _start[j]) * (Beta[j] - _start[j]));
            }
            if (moved >= _threshold) continue;
            Gradient();
            bool violated = false;
            for (int j = 0; j < p; j++)
                if (_usable[j] && !_strong[j] && Math.Abs(_gradient[j]) > lambda) { _strong[j] = true; violated = true; }
            if (!violated) return true;
        }
    }

    /// <summary>
    /// Sweeps after which the λ is handed to <see cref="ProximalNewton"/>: a Newton step on m active features costs
    /// about m²n/2 multiply-adds for its Hessian, a sweep about 2mn, and Newton needs a few steps, so past about m
    /// sweeps (never fewer than 20) coordinate descent is the slower way to the optimum. Once a λ needed Newton, the
    /// features are correlated enough that the following ones will too, and coordinate descent only finds the support.
    /// </summary>
    private int NewtonAfter() => Math.Max(MinimumSweepsBeforeNewton, _activeCount / 2);

    /// <summary>
    /// True when the linear rate of the last <see cref="RateWindow"/> active-set sweeps, r = (Δ_k/Δ_{k−w})^{1/w},
    /// predicts that reaching the threshold takes more sweeps than <see cref="NewtonAfter"/> allows.
    /// </summary>
    private bool TooSlow(double change, double changeWindowAgo, int sweeps)
    {
        if (changeWindowAgo <= 0) return false;
        double rate = Math.Pow(change / changeWindowAgo, 1.0 / RateWindow);
        if (rate >= 1) return true;
        return sweeps + Math.Log(_threshold / change) / Math.Log(rate) > NewtonAfter();
    }

    private const int RateWindow = 4;

    private const int MinimumSweepsBeforeNewton = 20;

    private bool FinishByNewton(double lambda, int sweeps)
    {
        UpdateEta();
        var newton = new ProximalNewton(_z, _y, _usable, _threshold, Math.Max(1, _maxSweeps - sweeps), Intercept, Beta, Eta);
        bool converged = newton.Solve(lambda);
        Intercept = newton.Intercept;
        for (int j = 0; j < Beta.Length; j++)
            if (Beta[j] != 0 && !_isActive[j]) { _isActive[j] = true; _active[_activeCount++] = j; }
        Gradient();
        return converged;
    }

    /// <summary>One cyclic pass over the active (or strong) features and the intercept; the largest x̄v·Δβ².</summary>
    private double Sweep(double lambda, double vSum, bool activeOnly)
    {
        double change = 0;
        if (activeOnly)
            for (int a = 0; a < _activeCount; a++) change = Math.Max(change, Update(_active[a], lambda));
        else
            for (int j = 0; j < _z.Length; j++)
                if (_strong[j])
                {
                    double c = Update(j, lambda);
                    if (Beta[j] != 0 && !_isActive[j]) { _isActive[j] = true; _active[_activeCount++] = j; }
                    change = Math.Max(change, c);
                }
        double d = VectorMath.Sum(_r) / vSum;
        Intercept += d;
        VectorMath.AddScaled(_r, -d, _v);
        return Math.Max(change, vSum * d * d);
    }

    private double Update(int j, double lambda)
    {
        double xv = _xv[j], old = Beta[j];
        double u = VectorMath.Dot(_z[j], _r) + xv * old;
        double next = Math.Abs(u) > lambda ? (u - Math.CopySign(lambda, u)) / xv : 0;
        double d = next - old;
        if (d == 0) return 0;
        Beta[j] = next;
        VectorMath.SubtractWeighted(_r, d, _v, _z[j]);
        return xv * d * d;
    }

    /// <summary>IRLS weights and working residual at the current η; returns Σv.</summary>
    private double Weights()
    {
        double sum = 0;
        for (int i = 0; i < _n; i++)
        {
            double pr = Logistic.Sigmoid(Eta[i]);
            _v[i] = Math.Max(pr * (1 - pr), 1e-12) / _n;
            _r[i] = (_y[i] - pr) / _n;
            sum += _v[i];
        }
        return sum;
    }

    private void UpdateEta()
    {
        Array.Fill(Eta, Intercept);
        for (int a = 0; a < _activeCount; a++)
        {
            int j = _active[a];
            if (Beta[j] != 0) VectorMath.AddScaled(Eta, Beta[j], _z[j]);
        }
    }

    /// <summary>z_jᵀ(y − p)/n for every usable feature at the current η.</summary>
    private void Gradient()
    {
        for (int i = 0; i < _n; i++) _r[i] = (_y[i] - Logistic.Sigmoid(Eta[i])) / _n;
        for (int j = 0; j < _z.Length; j++) _gradient[j] = _usable[j] ? VectorMath.Dot(_z[j], _r) : 0;
    }
}
