namespace DlRadiomics.Statistics.Regression;

/// <summary>How the confidence intervals of logistic coefficients (and odds ratios) are formed.</summary>
public enum ConfidenceIntervalMethod
{
    /// <summary>β ± z₁₋α/₂·SE (statsmodels <c>conf_int</c>, SPSS, logistf with <c>pl = FALSE</c>).</summary>
    Wald,
    /// <summary>Inverting the (penalised) likelihood-ratio test: {b : 2(ℓ*(β̂) − ℓ*ₚ(b)) ≤ z²₁₋α/₂} (logistf's default).</summary>
    ProfileLikelihood,
}
