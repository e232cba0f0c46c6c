using MathNet.Numerics;

namespace DlRadiomics.Numerics;

/// <summary>
/// Tail probabilities and quantiles of the reference distributions (normal, Student t, chi-square, F), tails computed from the regularised incomplete beta and gamma
/// functions directly so that small p-values keep their relative precision (no <c>1 − CDF</c> cancellation).
/// </summary>
internal static class Distributions
{
    /// <summary>P(Z &gt; z) for a standard normal Z: ½·erfc(z/√2).</summary>
    public static double NormalUpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2.0));

    /// <summary>P(Z ≤ z) for a standard normal Z.</summary>
    public static double NormalCdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2.0));

    /// <summary>Standard normal quantile Φ⁻¹(p).</summary>
    public static double NormalQuantile(double p) => -Math.Sqrt(2.0) * SpecialFunctions.ErfcInv(2.0 * p);

    /// <summary>P(|T| ≥ |t|) for Student's t with <paramref name="df"/> degrees of freedom: I_{df/(df+t²)}(df/2, ½).</summary>
    public static double StudentTTwoSided(double t, double df) =>
        double.IsInfinity(t) ? 0.0 : SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + t * t));

    /// <summary>Upper tail P(X ≥ x) of a chi-square with <paramref name="df"/> degrees of freedom: Q(df/2, x/2).</summary>
    public static double ChiSquareUpperTail(double x, double df) =>
        x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);

    /// <summary>P(F(d1, d2) &gt; f) without the cancellation of 1 − CDF: I_{d2/(d2 + d1 f)}(d2/2, d1/2).</summary>
    public static double FUpperTail(double f, double d1, double d2) =>
        SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));

    /// <summary>Quantile of the F(d1, d2) distribution at probability <paramref name="p"/>.</summary>
    public static double FQuantile(double p, double d1, double d2) => MathNet.Numerics.Distributions.FisherSnedecor.InvCDF(d1, d2, p);
}
