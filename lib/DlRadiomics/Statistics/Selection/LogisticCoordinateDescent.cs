namespace DlRadiomics.Statistics;

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
                if (++sweeps >= _maxSweeps) return false;
                if (change < _threshold) break;
                do
                {
                    change = Sweep(lambda, vSum, activeOnly: true);
                    if (++sweeps >= _maxSweeps) return false;
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
            double pr = LogisticLasso.Sigmoid(Eta[i]);
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
        for (int i = 0; i < _n; i++) _r[i] = (_y[i] - LogisticLasso.Sigmoid(Eta[i])) / _n;
        for (int j = 0; j < _z.Length; j++) _gradient[j] = _usable[j] ? VectorMath.Dot(_z[j], _r) : 0;
    }
}
