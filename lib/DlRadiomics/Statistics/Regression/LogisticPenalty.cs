namespace DlRadiomics.Statistics.Regression;

/// <summary>Likelihood used by <see cref="LogisticRegression"/>.</summary>
public enum LogisticPenalty
{
    /// <summary>Ordinary maximum likelihood (R <c>glm(family=binomial)</c>, statsmodels <c>Logit</c>).</summary>
    None,
    /// <summary>Firth's bias-reduced penalised likelihood ℓ(β) + ½ log|I(β)| (R <c>logistf</c>); finite under separation.</summary>
    Firth,
}
