using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Shapiro–Wilk W test, Royston's algorithm AS R94 (1995) as in R <c>shapiro.test</c> and <c>scipy.stats.shapiro</c>.</summary>
/// <remarks>
/// Coefficients: mᵢ = Φ⁻¹((i − 3/8)/(n + 1/4)), aᵢ = mᵢ/√(Σm²) corrected for the two extreme values by Royston's
/// polynomials in u = 1/√n. W = (Σ aᵢ x₍ᵢ₎)²/Σ(xᵢ − x̄)², computed as 1 − W to keep precision near 1.
/// p-value: n = 3 exact, p = (6/π)(asin √W − π/3); 4 ≤ n ≤ 11: y = −log(γ − log(1 − W)), γ = −2.273 + 0.459n;
/// n ≥ 12: y = log(1 − W); then p = P(Z &gt; (y − μ)/σ) with μ, log σ polynomials in n or log n.
/// Valid for 3 ≤ n ≤ 5000.
/// </remarks>
public static class ShapiroWilkTest
{
    private static readonly double[] G = [-2.273, .459];
    private static readonly double[] C1 = [0.0, .221157, -.147981, -2.07119, 4.434685, -2.706056];
    private static readonly double[] C2 = [0.0, .042981, -.293762, -1.752461, 5.682633, -3.582633];
    private static readonly double[] C3 = [.544, -.39978, .025054, -6.714e-4];
    private static readonly double[] C4 = [1.3822, -.77857, .062767, -.0020322];
    private static readonly double[] C5 = [-1.5861, -.31082, -.083751, .0038915];
    private static readonly double[] C6 = [-.4803, -.082676, .0030302];

    public static ShapiroWilkResult Compute(IReadOnlyList<double> sample)
    {
        SampleStatistics.Require(sample, "x", 3, "Shapiro–Wilk test");
        int n = sample.Count;
        if (n > 5000) throw new StatisticsInputException($"Shapiro–Wilk test: sample size {n} exceeds 5000, where the p-value approximation is not valid.");
        var x = sample.OrderBy(v => v).ToArray();
        double range = x[n - 1] - x[0];
        if (range < 1e-10) throw new StatisticsInputException("Shapiro–Wilk test: all values are identical, normality cannot be tested.");

        var a = Coefficients(n);
        int nn2 = n / 2;
        // 1-based a[1..nn2] for the smallest order statistics (negative), mirrored with opposite sign.
        double Coef(int i, int j) => i == j ? 0.0 : Math.Sign(i - j) * a[1 + Math.Min(i, j)];

        double sa = 0, sx = 0;
        for (int i = 0; i < n; i++) { sa += Coef(i, n - 1 - i); sx += x[i] / range; }
        sa /= n; sx /= n;
        double ssa = 0, ssx = 0, sax = 0;
        for (int i = 0, j = n - 1; i < n; i++, j--)
        {
            double asa = Coef(i, j) - sa;
            double xsx = x[i] / range - sx;
            ssa += asa * asa; ssx += xsx * xsx; sax += asa * xsx;
        }
        double ssassx = Math.Sqrt(ssa * ssx);
        double w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
        double w = 1.0 - w1;
        return new ShapiroWilkResult(w, PValue(n, w, w1));
    }

    private static double[] Coefficients(int n)
    {
        int nn2 = n / 2;
        var a = new double[nn2 + 1];
        if (n == 3) { a[1] = Math.Sqrt(0.5); return a; }
        double an25 = n + 0.25, summ2 = 0;
        for (int i = 1; i <= nn2; i++)
        {
            a[i] = Distributions.NormalQuantile((i - 0.375) / an25);
            summ2 += a[i] * a[i];
        }
        summ2 *= 2.0;
        double ssumm2 = Math.Sqrt(summ2), rsn = 1.0 / Math.Sqrt(n);
        double a1 = Poly(C1, rsn) - a[1] / ssumm2;
        int i1;
        double fac;
        if (n > 5)
        {
            i1 = 3;
            double a2 = -a[2] / ssumm2 + Poly(C2, rsn);
            fac = Math.Sqrt((summ2 - 2.0 * a[1] * a[1] - 2.0 * a[2] * a[2]) / (1.0 - 2.0 * a1 * a1 - 2.0 * a2 * a2));
            a[2] = a2;
        }
        else
        {
            i1 = 2;
            fac = Math.Sqrt((summ2 - 2.0 * a[1] * a[1]) / (1.0 - 2.0 * a1 * a1));
        }
        a[1] = a1;
        for (int i = i1; i <= nn2; i++) a[i] /= -fac;
        return a;
    }

    private static double PValue(int n, double w, double w1)
    {
        if (n == 3)
        {
            const double pi6 = 1.90985931710274, stqr = 1.04719755119660;
            return Math.Max(0.0, pi6 * (Math.Asin(Math.Sqrt(w)) - stqr));
        }
        double y = Math.Log(w1), m, s;
        if (n <= 11)
        {
            double gamma = Poly(G, n);
            if (y >= gamma) return 1e-99;
            y = -Math.Log(gamma - y);
            m = Poly(C3, n);
            s = Math.Exp(Poly(C4, n));
        }
        else
        {
            double ln = Math.Log(n);
            m = Poly(C5, ln);
            s = Math.Exp(Poly(C6, ln));
        }
        return Distributions.NormalUpperTail((y - m) / s);
    }

    /// <summary>c₀ + c₁x + … evaluated by Horner's rule (AS 181 <c>poly</c>).</summary>
    private static double Poly(double[] c, double x)
    {
        double result = c[0];
        if (c.Length > 1)
        {
            double p = x * c[^1];
            for (int j = c.Length - 2; j > 0; j--) p = (p + c[j]) * x;
            result += p;
        }
        return result;
    }
}
