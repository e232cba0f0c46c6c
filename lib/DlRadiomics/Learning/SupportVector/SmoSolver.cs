namespace DlRadiomics.Learning;

/// <summary>
/// libsvm's SMO solver for the C-SVC dual (Fan, Chen &amp; Lin, JMLR 6, 2005; Chang &amp; Lin, libsvm 3.x as bundled in
/// scikit-learn 1.2), step for step, so that the same data give the same support vectors and ρ:
/// min ½αᵀQα − eᵀα subject to yᵀα = 0, 0 ≤ αᵢ ≤ C, with Qᵢⱼ = yᵢyⱼK(xᵢ, xⱼ) held in single precision.
/// </summary>
/// <remarks>
/// Working set: i maximises −yᵢ∇ᵢf over I_up, j minimises the second-order decrease −(Gmax + yⱼ∇ⱼf)²/(Qᵢᵢ + Qⱼⱼ − 2yᵢQᵢⱼ)
/// over I_low (WSS3), ties going to the later index as libsvm's ≥ comparisons do. Stops when the maximal violation
/// Gmax + Gmax2 &lt; ε. Shrinking every min(l, 1000) iterations removes bounded variables that cannot move, with one
/// reconstruction of the full gradient when the violation first falls below 10ε. Variables are swapped into
/// libsvm's positions so the order of the scans, and hence the ties, match.
/// </remarks>
internal sealed class SmoSolver
{
    private const double Tau = 1e-12;
    private enum Bound : byte { Lower, Upper, Free }

    private readonly RbfKernelCache _kernel;
    private readonly int _l;
    private readonly double _c, _eps;
    private readonly int[] _row;      // position → training row
    private readonly int[] _active;   // position → index in the problem
    private readonly sbyte[] _y;
    private readonly double[] _g, _gBar, _alpha, _qd;
    private readonly Bound[] _status;
    private readonly float[] _qi, _qj;
    private int _activeSize;
    private bool _unshrink;

    private SmoSolver(RbfKernelCache kernel, int[] rows, sbyte[] y, double c, double eps)
    {
        _kernel = kernel;
        _l = rows.Length;
        _c = c;
        _eps = eps;
        _row = (int[])rows.Clone();
        _y = (sbyte[])y.Clone();
        _active = Enumerable.Range(0, _l).ToArray();
        _alpha = new double[_l];
        _status = new Bound[_l];
        _g = Enumerable.Repeat(-1.0, _l).ToArray();
        _gBar = new double[_l];
        _qd = rows.Select(kernel.Diagonal).ToArray();
        _qi = new float[_l];
        _qj = new float[_l];
        _activeSize = _l;
    }

    /// <summary>
    /// Solves the problem on training rows <paramref name="rows"/> with labels <paramref name="y"/> (±1). Returns
    /// yᵢαᵢ per problem index, ρ (the decision is Σ yᵢαᵢK(xᵢ, x) − ρ) and the number of iterations.
    /// </summary>
    public static (double[] Coefficients, double Rho, int Iterations) Solve(
        RbfKernelCache kernel, int[] rows, sbyte[] y, double c, double eps, bool shrinking)
    {
        var solver = new SmoSolver(kernel, rows, y, c, eps);
        int iterations = solver.Run(shrinking);
        double rho = solver.Rho();
        var coefficients = new double[solver._l];
        for (int t = 0; t < solver._l; t++) coefficients[solver._active[t]] = solver._alpha[t] * solver._y[t];
        return (coefficients, rho, iterations);
    }

    private int Run(bool shrinking)
    {
        int iteration = 0, counter = Math.Min(_l, 1000) + 1;
        while (true)
        {
            if (--counter == 0)
            {
                counter = Math.Min(_l, 1000);
                if (shrinking) Shrink();
            }
            if (!SelectWorkingSet(out int i, out int j))
            {
                ReconstructGradient();
                _activeSize = _l;
                if (!SelectWorkingSet(out i, out j)) break;
                counter = 1;
            }
            iteration++;
            Update(i, j);
        }
        return iteration;
    }

    /// <summary>Q's column for position <paramref name="i"/> over positions [0, length): yᵢyₖK as libsvm's get_Q.</summary>
    private float[] LoadQ(int i, int length, float[] buffer)
    {
        var column = _kernel.Column(_row[i]);
        if (_y[i] > 0)
            for (int k = 0; k < length; k++) buffer[k] = _y[k] > 0 ? column[_row[k]] : -column[_row[k]];
        else
            for (int k = 0; k < length; k++) buffer[k] = _y[k] > 0 ? -column[_row[k]] : column[_row[k]];
        return buffer;
    }

    private void Update(int i, int j)
    {
        var qi = LoadQ(i, _activeSize, _qi);
        var qj = LoadQ(j, _activeSize, _qj);
        double ci = _c, cj = _c, oldI = _alpha[i], oldJ = _alpha[j];
        if (_y[i] != _y[j])
        {
            double quad = _qd[i] + _qd[j] + 2 * qi[j];
            if (quad <= 0) quad = Tau;
            double delta = (-_g[i] - _g[j]) / quad, diff = _alpha[i] - _alpha[j];
            _alpha[i] += delta;
            _alpha[j] += delta;
            if (diff > 0) { if (_alpha[j] < 0) { _alpha[j] = 0; _alpha[i] = diff; } }
            else if (_alpha[i] < 0) { _alpha[i] = 0; _alpha[j] = -diff; }
            if (diff > ci - cj) { if (_alpha[i] > ci) { _alpha[i] = ci; _alpha[j] = ci - diff; } }
            else if (_alpha[j] > cj) { _alpha[j] = cj; _alpha[i] = cj + diff; }
        }
        else
        {
            double quad = _qd[i] + _qd[j] - 2 * qi[j];
            if (quad <= 0) quad = Tau;
            double delta = (_g[i] - _g[j]) / quad, sum = _alpha[i] + _alpha[j];
            _alpha[i] -= delta;
            _alpha[j] += delta;
            if (sum > ci) { if (_alpha[i] > ci) { _alpha[i] = ci; _alpha[j] = sum - ci; } }
            else if (_alpha[j] < 0) { _alpha[j] = 0; _alpha[i] = sum; }
            if (sum > cj) { if (_alpha[j] > cj) { _alpha[j] = cj; _alpha[i] = sum - cj; } }
            else if (_alpha[i] < 0) { _alpha[i] = 0; _alpha[j] = sum; }
        }

        double deltaI = _alpha[i] - oldI, deltaJ = _alpha[j] - oldJ;
        for (int k = 0; k < _activeSize; k++) _g[k] += qi[k] * deltaI + qj[k] * deltaJ;

        bool upperI = _status[i] == Bound.Upper, upperJ = _status[j] == Bound.Upper;
        UpdateStatus(i);
        UpdateStatus(j);
        if (upperI != (_status[i] == Bound.Upper)) AddToGBar(i, upperI ? -ci : ci);
        if (upperJ != (_status[j] == Bound.Upper)) AddToGBar(j, upperJ ? -cj : cj);
    }

    private void AddToGBar(int i, double scale)
    {
        var q = LoadQ(i, _l, _qi);
        for (int k = 0; k < _l; k++) _gBar[k] += scale * q[k];
    }

    private void UpdateStatus(int i) =>
        _status[i] = _alpha[i] >= _c ? Bound.Upper : _alpha[i] <= 0 ? Bound.Lower : Bound.Free;

    // WSS3; false when optimal within eps.
    private bool SelectWorkingSet(out int outI, out int outJ)
    {
        double gmax = double.NegativeInfinity, gmax2 = double.NegativeInfinity, objDiffMin = double.PositiveInfinity;
        int gmaxIndex = -1, gminIndex = -1;
        for (int t = 0; t < _activeSize; t++)
        {
            if (_y[t] == +1) { if (_status[t] != Bound.Upper && -_g[t] >= gmax) { gmax = -_g[t]; gmaxIndex = t; } }
            else if (_status[t] != Bound.Lower && _g[t] >= gmax) { gmax = _g[t]; gmaxIndex = t; }
        }
        int i = gmaxIndex;
        float[]? qi = i != -1 ? LoadQ(i, _activeSize, _qi) : null;
        for (int j = 0; j < _activeSize; j++)
        {
            if (_y[j] == +1)
            {
                if (_status[j] == Bound.Lower) continue;
                double gradDiff = gmax + _g[j];
                if (_g[j] >= gmax2) gmax2 = _g[j];
                if (gradDiff > 0)
                {
                    double quad = _qd[i] + _qd[j] - 2.0 * _y[i] * qi![j];
                    double objDiff = -(gradDiff * gradDiff) / (quad > 0 ? quad : Tau);
                    if (objDiff <= objDiffMin) { gminIndex = j; objDiffMin = objDiff; }
                }
            }
            else
            {
                if (_status[j] == Bound.Upper) continue;
                double gradDiff = gmax - _g[j];
                if (-_g[j] >= gmax2) gmax2 = -_g[j];
                if (gradDiff > 0)
                {
                    double quad = _qd[i] + _qd[j] + 2.0 * _y[i] * qi![j];
                    double objDiff = -(gradDiff * gradDiff) / (quad > 0 ? quad : Tau);
                    if (objDiff <= objDiffMin) { gminIndex = j; objDiffMin = objDiff; }
                }
            }
        }
        outI = gmaxIndex;
        outJ = gminIndex;
        return !(gmax + gmax2 < _eps || gminIndex == -1);
    }

    private void ReconstructGradient()
    {
        if (_activeSize == _l) return;
        for (int j = _activeSize; j < _l; j++) _g[j] = _gBar[j] - 1;
        int free = 0;
        for (int j = 0; j < _activeSize; j++) if (_status[j] == Bound.Free) free++;
        if ((long)free * _l > 2L * _activeSize * (_l - _activeSize))
        {
            for (int i = _activeSize; i < _l; i++)
            {
                var q = LoadQ(i, _activeSize, _qi);
                for (int j = 0; j < _activeSize; j++) if (_status[j] == Bound.Free) _g[i] += _alpha[j] * q[j];
            }
        }
        else
        {
            for (int i = 0; i < _activeSize; i++)
            {
                if (_status[i] != Bound.Free) continue;
                var q = LoadQ(i, _l, _qi);
                double alphaI = _alpha[i];
                for (int j = _activeSize; j < _l; j++) _g[j] += alphaI * q[j];
            }
        }
    }

    private bool BeShrunk(int i, double gmax1, double gmax2) => _status[i] switch
    {
        Bound.Upper => _y[i] == +1 ? -_g[i] > gmax1 : -_g[i] > gmax2,
        Bound.Lower => _y[i] == +1 ? _g[i] > gmax2 : _g[i] > gmax1,
        _ => false,
    };

    private void Shrink()
    {
        double gmax1 = double.NegativeInfinity, gmax2 = double.NegativeInfinity;
        for (int i = 0; i < _activeSize; i++)
        {
            if (_y[i] == +1)
            {
                if (_status[i] != Bound.Upper && -_g[i] >= gmax1) gmax1 = -_g[i];
                if (_status[i] != Bound.Lower && _g[i] >= gmax2) gmax2 = _g[i];
            }
            else
            {
                if (_status[i] != Bound.Upper && -_g[i] >= gmax2) gmax2 = -_g[i];
                if (_status[i] != Bound.Lower && _g[i] >= gmax1) gmax1 = _g[i];
            }
        }
        if (!_unshrink && gmax1 + gmax2 <= _eps * 10)
        {
            _unshrink = true;
            ReconstructGradient();
            _activeSize = _l;
        }
        for (int i = 0; i < _activeSize; i++)
        {
            if (!BeShrunk(i, gmax1, gmax2)) continue;
            _activeSize--;
            while (_activeSize > i)
            {
                if (!BeShrunk(_activeSize, gmax1, gmax2)) { Swap(i, _activeSize); break; }
                _activeSize--;
            }
        }
    }

    private void Swap(int i, int j)
    {
        (_row[i], _row[j]) = (_row[j], _row[i]);
        (_y[i], _y[j]) = (_y[j], _y[i]);
        (_g[i], _g[j]) = (_g[j], _g[i]);
        (_status[i], _status[j]) = (_status[j], _status[i]);
        (_alpha[i], _alpha[j]) = (_alpha[j], _alpha[i]);
        (_active[i], _active[j]) = (_active[j], _active[i]);
        (_gBar[i], _gBar[j]) = (_gBar[j], _gBar[i]);
        (_qd[i], _qd[j]) = (_qd[j], _qd[i]);
    }

    private double Rho()
    {
        int free = 0;
        double upper = double.PositiveInfinity, lower = double.NegativeInfinity, sumFree = 0;
        for (int i = 0; i < _activeSize; i++)
        {
            double yg = _y[i] * _g[i];
            if (_status[i] == Bound.Upper)
            {
                if (_y[i] == -1) upper = Math.Min(upper, yg); else lower = Math.Max(lower, yg);
            }
            else if (_status[i] == Bound.Lower)
            {
                if (_y[i] == +1) upper = Math.Min(upper, yg); else lower = Math.Max(lower, yg);
            }
            else
            {
                free++;
                sumFree += yg;
            }
        }
        return free > 0 ? sumFree / free : (upper + lower) / 2;
    }
}
