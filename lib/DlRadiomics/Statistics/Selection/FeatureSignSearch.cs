using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// Exact solution of the L1-penalised quadratic model of one Newton step by feature-sign search (Lee, Battle, Raina
/// and Ng 2007): the active-set method that coordinate descent approaches only slowly when features are strongly
/// correlated.
/// </summary>
/// <remarks>
/// <para>Minimises q(c) = −gᵀd + ½dᵀHd + λ Σ_{a≥1} |c_a| with d = c − c⁰; coordinate 0 (the intercept) is not
/// penalised.</para>
/// <para>With a sign pattern θ on the support S (intercept always in S) the stationary point solves
/// H_SS c_S = g_S + H_S· c⁰ − λθ_S (Cholesky). If its signs agree with θ it is taken; otherwise the segment from the
/// current point to it is searched at the points where a coefficient crosses zero and at its end, the point of lowest
/// q is taken, and coefficients at zero leave S. When the signs agree, a zero coordinate with |∂q/∂c_a| &gt; λ joins S
/// with θ_a = −sign(∂q/∂c_a) (the largest violation first); the search ends when none is left, at the exact optimum.
/// Every step lowers q, so the sign pattern never repeats and the search ends after finitely many steps.</para>
/// </remarks>
internal static class FeatureSignSearch
{
    /// <summary>The minimiser of q, starting from <paramref name="start"/>; null when a system is singular or the step budget runs out.</summary>
    public static double[]? Solve(double[][] h, double[] g, double[] current, double[] start, double lambda)
    {
        int m = start.Length;
        var x = (double[])start.Clone();
        var theta = new int[m];
        for (int a = 1; a < m; a++) theta[a] = Math.Sign(x[a]);
        double qx = Objective(h, g, current, x, lambda);
        for (int step = 0, maxSteps = 4 * m + 50; step < maxSteps; step++)
        {
            var target = Stationary(h, g, current, theta, lambda);
            if (target is null) return null;
            bool consistent = true;
            for (int a = 1; a < m && consistent; a++) consistent = theta[a] == 0 || Math.Sign(target[a]) == theta[a];
            if (consistent)
            {
                x = target;
                qx = Objective(h, g, current, x, lambda);
                int join = LargestViolation(h, g, current, x, theta, lambda, out double gradient);
                if (join < 0) return x;
                theta[join] = -Math.Sign(gradient);
                continue;
            }

            // Search the segment x → target where coefficients cross zero, and its end: along x + tΔ the smooth part is
            // the quadratic qx_smooth + t·(Δᵀ(H(x − c⁰) − g)) + ½t²·ΔᵀHΔ, so each candidate costs one pass over the L1 term.
            var delta = new double[m];
            var dx = new double[m];
            for (int k = 0; k < m; k++) { delta[k] = target[k] - x[k]; dx[k] = x[k] - current[k]; }
            double slope = 0, curvature = 0, smooth = 0;
            for (int a = 0; a < m; a++)
            {
                double hDelta = VectorMath.Dot(h[a], delta), hDx = VectorMath.Dot(h[a], dx);
                slope += delta[a] * (hDx - g[a]);
                curvature += delta[a] * hDelta;
                smooth += dx[a] * (0.5 * hDx - g[a]);
            }
            double AlongSegment(double t, int zero)
            {
                double l1 = 0;
                for (int a = 1; a < m; a++) if (a != zero) l1 += Math.Abs(x[a] + t * delta[a]);
                return smooth + t * slope + 0.5 * t * t * curvature + lambda * l1;
            }
            double bestT = 1, bestQ = AlongSegment(1, -1);
            int crossing = -1;
            for (int a = 1; a < m; a++)
            {
                if (theta[a] == 0 || x[a] == 0 || Math.Sign(target[a]) == Math.Sign(x[a])) continue;
                double t = x[a] / (x[a] - target[a]);
                double q = AlongSegment(t, a);
                if (q < bestQ) { bestQ = q; bestT = t; crossing = a; }
            }
            var bestPoint = new double[m];
            for (int k = 0; k < m; k++) bestPoint[k] = x[k] + bestT * delta[k];
            if (!(bestQ < qx)) return null;
            x = bestPoint;
            qx = bestQ;
            if (crossing >= 0) x[crossing] = 0;
            for (int a = 1; a < m; a++) theta[a] = Math.Sign(x[a]);
        }
        return null;
    }

    /// <summary>The stationary point of the smooth model with |c_a| replaced by θ_a·c_a on the support of θ.</summary>
    private static double[]? Stationary(double[][] h, double[] g, double[] current, int[] theta, double lambda)
    {
        int m = theta.Length;
        var support = Enumerable.Range(0, m).Where(a => a == 0 || theta[a] != 0).ToArray();
        int s = support.Length;
        var hs = new double[s * s];
        var rhs = new double[s];
        for (int i = 0; i < s; i++)
        {
            int a = support[i];
            rhs[i] = g[a] - lambda * theta[a] + VectorMath.Dot(h[a], current);
            for (int k = 0; k < s; k++) hs[i * s + k] = h[a][support[k]];
        }
        var factor = Cholesky.TryFactor(hs, s, out _);
        if (factor is null) return null;
        rhs = factor.Solve(rhs);
        var result = new double[m];
        for (int i = 0; i < s; i++)
        {
            if (!double.IsFinite(rhs[i])) return null;
            result[support[i]] = rhs[i];
        }
        return result;
    }

    /// <summary>The zero coordinate whose |∂q/∂c_a| exceeds λ most, or −1 when the subgradient condition holds for all.</summary>
    private static int LargestViolation(double[][] h, double[] g, double[] current, double[] x, int[] theta, double lambda, out double gradient)
    {
        int m = x.Length;
        var d = new double[m];
        for (int k = 0; k < m; k++) d[k] = x[k] - current[k];
        int worst = -1;
        double worstExcess = lambda * 1e-9;
        gradient = 0;
        for (int a = 1; a < m; a++)
        {
            if (theta[a] != 0) continue;
            double grad = VectorMath.Dot(h[a], d) - g[a];
            double excess = Math.Abs(grad) - lambda;
            if (excess > worstExcess) { worstExcess = excess; worst = a; gradient = grad; }
        }
        return worst;
    }

    private static double Objective(double[][] h, double[] g, double[] current, double[] c, double lambda)
    {
        int m = c.Length;
        var d = new double[m];
        for (int k = 0; k < m; k++) d[k] = c[k] - current[k];
        double q = 0, l1 = 0;
        for (int a = 0; a < m; a++)
        {
            q += d[a] * (0.5 * VectorMath.Dot(h[a], d) - g[a]);
            if (a > 0) l1 += Math.Abs(c[a]);
        }
        return q + lambda * l1;
    }
}
