using System.Numerics;

namespace DlRadiomics.Learning;

/// <summary>
/// Adam's moment estimates for a list of parameter arrays (Kingma &amp; Ba 2015, as scikit-learn's <c>AdamOptimizer</c>):
/// at step t, m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − η_t·m/(√v + ε) with η_t = η√(1 − β₂ᵗ)/(1 − β₁ᵗ).
/// </summary>
internal sealed class AdamState(MlpLearner options, params int[] sizes)
{
    private readonly double[][] _m = sizes.Select(n => new double[n]).ToArray();
    private readonly double[][] _v = sizes.Select(n => new double[n]).ToArray();
    private int _t;

    /// <summary>One step on <paramref name="parameters"/> (in the order of the sizes given) with their gradients.</summary>
    public void Step(double[][] parameters, double[][] gradients)
    {
        _t++;
        double beta1 = options.Beta1, beta2 = options.Beta2, epsilon = options.Epsilon;
        double step = options.LearningRate * Math.Sqrt(1 - Math.Pow(beta2, _t)) / (1 - Math.Pow(beta1, _t));
        double keep1 = 1 - beta1, keep2 = 1 - beta2;
        for (int p = 0; p < parameters.Length; p++)
        {
            double[] theta = parameters[p], g = gradients[p], m = _m[p], v = _v[p];
            int i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                Vector<double> vBeta1 = new(beta1), vBeta2 = new(beta2), vKeep1 = new(keep1), vKeep2 = new(keep2);
                Vector<double> vStep = new(-step), vEpsilon = new(epsilon);
                for (; i + Vector<double>.Count <= theta.Length; i += Vector<double>.Count)
                {
                    var gi = new Vector<double>(g, i);
                    var mi = vBeta1 * new Vector<double>(m, i) + vKeep1 * gi;
                    var vi = vBeta2 * new Vector<double>(v, i) + vKeep2 * (gi * gi);
                    mi.CopyTo(m, i);
                    vi.CopyTo(v, i);
                    (new Vector<double>(theta, i) + vStep * mi / (Vector.SquareRoot(vi) + vEpsilon)).CopyTo(theta, i);
                }
            }
            for (; i < theta.Length; i++)
            {
                m[i] = beta1 * m[i] + keep1 * g[i];
                v[i] = beta2 * v[i] + keep2 * (g[i] * g[i]);
                theta[i] += -step * m[i] / (Math.Sqrt(v[i]) + epsilon);
            }
        }
    }
}
