using System.Numerics;
using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Learning;

/// <summary>
/// Mini-batch Adam training of <see cref="MlpLearner"/>, step for step as scikit-learn's <c>_fit_stochastic</c>:
/// weights W₁, b₁, w₂, b₂ drawn in that order from <c>RandomState(seed).uniform(−bound, bound)</c>, the row order
/// reshuffled each epoch by the same stream, batches taken in order (the last one shorter), one Adam step per batch.
/// </summary>
internal sealed class MlpTrainer
{
    private readonly MlpLearner _options;
    private readonly int _rows, _inputs, _units, _batch;
    private readonly double[] _x, _y;
    private readonly double[] _w1, _b1, _w2, _b2;
    private readonly NumpyRandomState _random;

    public MlpTrainer(MlpLearner options, double[][] x, IReadOnlyList<int> y)
    {
        _options = options;
        _rows = x.Length;
        _inputs = x[0].Length;
        _units = options.HiddenUnits;
        _batch = Math.Min(options.BatchSize ?? 200, _rows);
        _x = new double[_rows * _inputs];
        for (int i = 0; i < _rows; i++) x[i].CopyTo(_x, i * _inputs);
        _y = y.Select(v => (double)v).ToArray();
        _random = new NumpyRandomState((uint)options.Seed);
        _w1 = Uniform(_inputs * _units, _inputs, _units);
        _b1 = Uniform(_units, _inputs, _units);
        _w2 = Uniform(_units, _units, 1);
        _b2 = Uniform(1, _units, 1);
    }

    /// <summary>Glorot's uniform initialisation with scikit-learn's factor 6 for ReLU networks.</summary>
    private double[] Uniform(int count, int fanIn, int fanOut)
    {
        double bound = Math.Sqrt(6.0 / (fanIn + fanOut)), width = bound - -bound;
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = -bound + width * _random.NextDouble();
        return values;
    }

    public MlpModel Train()
    {
        var o = _options;
        int b = _batch, m = _inputs, h = _units;
        var order = Enumerable.Range(0, _rows).ToArray();
        var permutation = new int[_rows];
        var reordered = new int[_rows];
        var xb = new double[b * m];
        var yb = new double[b];
        var hidden = new double[b * h];
        var output = new double[b];
        var delta = new double[b * h];
        double[][] gradients = [new double[m * h], new double[h], new double[h], new double[1]];
        var adam = new AdamState(o, m * h, h, h, 1);
        var curve = new List<double>();
        double best = double.PositiveInfinity;
        int stale = 0;
        for (int epoch = 0; epoch < o.MaxIterations; epoch++)
        {
            if (o.Shuffle)
            {
                for (int i = 0; i < _rows; i++) permutation[i] = i;
                _random.Shuffle(permutation);
                for (int i = 0; i < _rows; i++) reordered[i] = order[permutation[i]];
                (order, reordered) = (reordered, order);
            }
            double accumulated = 0;
            for (int start = 0; start < _rows; start += b)
            {
                int rows = Math.Min(b, _rows - start);
                for (int i = 0; i < rows; i++)
                {
                    int r = order[start + i];
                    _x.AsSpan(r * m, m).CopyTo(xb.AsSpan(i * m, m));
                    yb[i] = _y[r];
                }
                accumulated += Step(rows, xb, yb, hidden, output, delta, gradients, adam) * rows;
            }
            double loss = accumulated / _rows;
            curve.Add(loss);
            stale = loss > best - o.Tolerance ? stale + 1 : 0;
            if (loss < best) best = loss;
            if (stale > o.IterationsNoChange) break;
        }
        return new MlpModel(o, m, _w1, _b1, _w2, _b2[0], curve.ToArray(), curve.Count < o.MaxIterations);
    }

    /// <summary>
    /// One forward and backward pass over a batch and one Adam step on (W₁, w₂, b₁, b₂), the gradients going to
    /// <paramref name="gradients"/> in that order; returns the batch's penalised loss.
    /// </summary>
    private double Step(int rows, double[] xb, double[] yb, double[] hidden, double[] output, double[] delta, double[][] gradients,
        AdamState adam)
    {
        int m = _inputs, h = _units;
        double[] g1 = gradients[0], g2 = gradients[1], gb1 = gradients[2];
        MlpNetwork.Forward(xb, rows, m, _w1, _b1, _w2, _b2[0], hidden, output);
        const double eps = 2.220446049250313e-16;
        double logLikelihood = 0;
        for (int i = 0; i < rows; i++)
        {
            double p = Math.Clamp(output[i], eps, 1 - eps);
            logLikelihood += yb[i] == 1 ? Math.Log(p) : Math.Log(1 - p);
        }
        double penalty = VectorMath.Dot(_w1, _w1) + VectorMath.Dot(_w2, _w2);
        double loss = -logLikelihood / rows + 0.5 * _options.Alpha * penalty / rows;

        Array.Clear(g1);
        Array.Clear(gb1);
        Array.Clear(g2);
        double gb2 = 0;
        for (int i = 0; i < rows; i++)
        {
            double d = output[i] - yb[i];
            gb2 += d;
            var hi = hidden.AsSpan(i * h, h);
            VectorMath.AddScaled(g2, d, hi);
            var di = delta.AsSpan(i * h, h);
            BackPropagate(di, d, _w2, hi);
            VectorMath.AddScaled(gb1, 1.0, di);
        }
        // Xᵀ·delta, the rows i added in order.
        VectorMath.AddProducts(g1, h, m, h, xb, 1, m, rows, delta, h);
        // ∂/∂W = (Σ activationᵀ·delta + α·W) / B; ∂/∂b = mean delta.
        double alpha = _options.Alpha;
        Penalise(g1, alpha, _w1, rows);
        Penalise(g2, alpha, _w2, rows);
        for (int j = 0; j < h; j++) gb1[j] /= rows;
        gradients[3][0] = gb2 / rows;
        adam.Step([_w1, _w2, _b1, _b2], gradients);
        return loss;
    }

    /// <summary>delta = d·w₂ where the unit is active, 0 where relu cut it (hidden = 0).</summary>
    internal static void BackPropagate(Span<double> delta, double d, ReadOnlySpan<double> w2, ReadOnlySpan<double> hidden)
    {
        int n = delta.Length, j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vd = new Vector<double>(d);
            for (; j + Vector<double>.Count <= n; j += Vector<double>.Count)
            {
                var cut = Vector.Equals(new Vector<double>(hidden[j..]), Vector<double>.Zero);
                Vector.ConditionalSelect(cut, Vector<double>.Zero, vd * new Vector<double>(w2[j..])).CopyTo(delta[j..]);
            }
        }
        for (; j < n; j++) delta[j] = hidden[j] == 0 ? 0 : d * w2[j];
    }

    /// <summary>g ← (g + α·w) / rows, element by element.</summary>
    internal static void Penalise(Span<double> g, double alpha, ReadOnlySpan<double> w, int rows)
    {
        int n = g.Length, k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = new Vector<double>(alpha);
            var vr = new Vector<double>(rows);
            for (; k + Vector<double>.Count <= n; k += Vector<double>.Count)
                ((new Vector<double>(g[k..]) + va * new Vector<double>(w[k..])) / vr).CopyTo(g[k..]);
        }
        for (; k < n; k++) g[k] = (g[k] + alpha * w[k]) / rows;
    }
}
