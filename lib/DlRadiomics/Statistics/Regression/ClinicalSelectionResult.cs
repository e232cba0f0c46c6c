using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Statistics.Regression;

/// <summary>Every step of <see cref="ClinicalSelection.Run"/>, for display and for the next analyses.</summary>
/// <param name="Screen">Univariate screen of every predictor and the multivariable model of the candidates (Table 3), Firth-penalised when a kept factor is sparse.</param>
/// <param name="MaximumLikelihood">The univariate screen by plain maximum likelihood, whose rows carry the separation warnings.</param>
/// <param name="Levels">Events and non-events of every level of every categorical predictor.</param>
/// <param name="Excluded">Two-level factors with a sparse level (and constant columns), left out of the multivariable model and the ROC ranking; constant columns also of the screen.</param>
/// <param name="Firth">Many-level factors with a sparse level: kept, fitted with Firth's penalty.</param>
/// <param name="Candidates">Predictors with univariate p below the entry level and not excluded.</param>
/// <param name="Ranking">The candidates' univariate ROC summaries, highest AUC first (Figure 2).</param>
/// <param name="Chosen">The top candidates by AUC.</param>
/// <param name="Model">Logistic model of the chosen predictors (Firth-penalised when one of them is in <paramref name="Firth"/>).</param>
public sealed record ClinicalSelectionResult(
    RegressionTable Screen,
    RegressionTable MaximumLikelihood,
    IReadOnlyList<SparseLevel> Levels,
    IReadOnlyList<string> Excluded,
    IReadOnlyList<string> Firth,
    IReadOnlyList<string> Candidates,
    IReadOnlyList<DiscriminationSummary> Ranking,
    IReadOnlyList<string> Chosen,
    LogisticRegressionModel Model);
