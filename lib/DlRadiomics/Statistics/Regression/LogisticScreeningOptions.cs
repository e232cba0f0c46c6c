namespace DlRadiomics.Statistics.Regression;

/// <summary>Settings of <see cref="LogisticScreening.Run"/>.</summary>
/// <param name="Design">Factor coding, reference levels, missing values, positive outcome.</param>
/// <param name="Regression">Fit settings (Firth, confidence level…). Univariate fits always warn instead of throwing, so one
/// separated predictor does not stop the screen; its row carries the warning.</param>
/// <param name="EntryPValue">A predictor enters the multivariable model when any of its univariate terms has p below this.</param>
/// <param name="MultivariablePredictors">Explicit multivariable predictors (overrides the p-value rule).</param>
/// <param name="Multivariable">False: univariate screen only.</param>
public sealed record LogisticScreeningOptions(
    DesignOptions? Design = null,
    LogisticRegressionOptions? Regression = null,
    double EntryPValue = 0.05,
    IReadOnlyList<string>? MultivariablePredictors = null,
    bool Multivariable = true);
