using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Statistics.Tables;

/// <summary>One term of a univariate/multivariable regression table.</summary>
/// <param name="Predictor">The predictor (variable) the term belongs to.</param>
/// <param name="Term">Design column ("age", "sex[Female]").</param>
/// <param name="Univariate">The term in the model with this predictor alone.</param>
/// <param name="UnivariateObservations">Rows used by that model.</param>
/// <param name="UnivariateWarning">Separation / non-convergence message of the univariate fit, or the note on fitted probabilities numerically 0 or 1 (finite estimates), or null.</param>
/// <param name="Multivariable">The term in the multivariable model, or null when the predictor did not enter.</param>
public sealed record RegressionTableRow(string Predictor, string Term, LogisticCoefficient Univariate, int UnivariateObservations,
    string? UnivariateWarning, LogisticCoefficient? Multivariable);
