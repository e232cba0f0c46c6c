using DlRadiomics.Numerics;

namespace DlRadiomics.Learning;

/// <summary>
/// Platt's sigmoid P(y = +1 | f) = 1 / (1 + exp(A·f + B)) fitted to decision values, in the regularised form of Lin,
/// Lin &amp; Weng (Machine Learning 68, 2007) that libsvm uses: targets (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2), Newton's method
/// with backtracking from A = 0, B = log((N₋ + 1)/(N₊ + 1)), at most 100 steps, stopping when both gradient terms are
/// below 1e-5.
/// </summary>
internal static class PlattScaling
{
    /// <summary>Fits (A, B) to <paramref name="decision"/> values of rows labelled <paramref name="positive"/>.</summary>
    public static (double A, double B) Fit(double[] decision, bool[] positive)
    {
        int l = decision.Length;
        double prior1 = positive.Count(p => p), prior0 = l - prior1;
        const int maxIterations = 100;
        const double minStep = 1e-10, sigma = 1e-12, eps = 1e-5;
        double hiTarget = (prior1 + 1.0) / (prior1 + 2.0), loTarget = 1 / (prior0 + 2.0);
        var t = positive.Select(p => p ? hiTarget : loTarget).ToArray();
        double a = 0.0, b = Math.Log((prior0 + 1.0) / (prior1 + 1.0));
        double fval = Objective(decision, t, a, b);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double h11 = sigma, h22 = sigma, h21 = 0, g1 = 0, g2 = 0;
            for (int i = 0; i < l; i++)
            {
                double fApB = decision[i] * a + b, p, q;
                if (fApB >= 0)
                {
                    p = Math.Exp(-fApB) / (1.0 + Math.Exp(-fApB));
                    q = 1.0 / (1.0 + Math.Exp(-fApB));
                }
                else
                {
                    p = 1.0 / (1.0 + Math.Exp(fApB));
                    q = Math.Exp(fApB) / (1.0 + Math.Exp(fApB));
                }
                double d2 = p * q, d1 = t[i] - p;
                h11 += decision[i] * decision[i] * d2;
                h22 += d2;
                h21 += decision[i] * d2;
                g1 += decision[i] * d1;
                g2 += d1;
            }
            if (Math.Abs(g1) < eps && Math.Abs(g2) < eps) break;

            double det = h11 * h22 - h21 * h21;
            double dA = -(h22 * g1 - h21 * g2) / det, dB = -(-h21 * g1 + h11 * g2) / det, gd = g1 * dA + g2 * dB;
            double step = 1;
            while (step >= minStep)
            {
                double newA = a + step * dA, newB = b + step * dB, newF = Objective(decision, t, newA, newB);
                if (newF < fval + 0.0001 * step * gd)
                {
                    (a, b, fval) = (newA, newB, newF);
                    break;
                }
                step /= 2.0;
            }
            if (step < minStep) break;
        }
        return (a, b);
    }

    /// <summary>P(y = +1 | f), computed on the side that avoids cancellation (libsvm's sigmoid_predict).</summary>
    public static double Predict(double decision, double a, double b)
    {
        double fApB = decision * a + b;
        return Logistic.Sigmoid(-fApB);
    }

    /// <summary>
    /// The probabilities of the first and second class after libsvm's pairwise coupling (Wu, Lin &amp; Weng 2004, method 2) of the
    /// clipped pairwise estimate r = min(max(r, 1e-7), 1 − 1e-7) for two classes. The exact answer is r; libsvm's
    /// fixed-point iteration stops once its residual is below 0.005/k, and the value it stops at is reproduced here.
    /// </summary>
    public static (double First, double Second) CoupleTwoClasses(double r)
    {
        const double minProbability = 1e-7;
        double r01 = Math.Min(Math.Max(r, minProbability), 1 - minProbability), r10 = 1 - r01;
        const int k = 2;
        double[,] q = { { r10 * r10, -r10 * r01 }, { -r10 * r01, r01 * r01 } };
        double[] p = [0.5, 0.5], qp = new double[k];
        const double eps = 0.005 / k;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double pqp = 0;
            for (int t = 0; t < k; t++)
            {
                qp[t] = 0;
                for (int j = 0; j < k; j++) qp[t] += q[t, j] * p[j];
                pqp += p[t] * qp[t];
            }
            double maxError = 0;
            for (int t = 0; t < k; t++) maxError = Math.Max(maxError, Math.Abs(qp[t] - pqp));
            if (maxError < eps) break;
            for (int t = 0; t < k; t++)
            {
                double diff = (-qp[t] + pqp) / q[t, t];
                p[t] += diff;
                pqp = (pqp + diff * (diff * q[t, t] + 2 * qp[t])) / (1 + diff) / (1 + diff);
                for (int j = 0; j < k; j++)
                {
                    qp[j] = (qp[j] + diff * q[t, j]) / (1 + diff);
                    p[j] /= 1 + diff;
                }
            }
        }
        return (p[0], p[1]);
    }

    private static double Objective(double[] decision, double[] t, double a, double b)
    {
        double f = 0;
        for (int i = 0; i < decision.Length; i++)
        {
            double fApB = decision[i] * a + b;
            f += fApB >= 0 ? t[i] * fApB + Math.Log(1 + Math.Exp(-fApB)) : (t[i] - 1) * fApB + Math.Log(1 + Math.Exp(fApB));
        }
        return f;
    }
}
