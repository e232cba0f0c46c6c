namespace DlRadiomics.Statistics.Regression;

/// <summary>One term of a fitted logistic model.</summary>
/// <param name="Term">Column name, e.g. "age", "sex[Female]", "a:b", "(Intercept)".</param>
/// <param name="Estimate">β (log odds ratio).</param>
/// <param name="StandardError">√ of the diagonal of I(β̂)⁻¹.</param>
/// <param name="Z">β/SE (Wald).</param>
/// <param name="PValue">2·P(Z ≥ |z|).</param>
/// <param name="OddsRatio">exp(β).</param>
/// <param name="OddsRatioLower">Lower confidence bound of exp(β): exp(β − z₁₋α/₂·SE) for Wald intervals, or the profile-likelihood bound.</param>
/// <param name="OddsRatioUpper">Upper bound, likewise.</param>
public sealed record LogisticCoefficient(string Term, double Estimate, double StandardError, double Z, double PValue,
    double OddsRatio, double OddsRatioLower, double OddsRatioUpper);
