using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Statistics.Regression;

/// <summary>The fitted models of a univariate screen and the multivariable model, with their Table 3 layout.</summary>
/// <param name="Univariate">One single-predictor fit per predictor, in the order given.</param>
/// <param name="Multivariable">The multivariable fit (score new patients with its <c>PredictProbability</c>), or null when no predictor entered or it was not requested.</param>
/// <param name="Entered">Predictors of the multivariable model.</param>
/// <param name="Table">The presentation table (<c>ToText</c>, <c>ToCsv</c>, <c>ToLongCsv</c>, <c>ToHtml</c>).</param>
public sealed record LogisticScreeningResult(
    IReadOnlyList<UnivariateFit> Univariate,
    LogisticRegressionModel? Multivariable,
    IReadOnlyList<string> Entered,
    RegressionTable Table)
{
    /// <summary>The multivariable model; an error naming why there is none.</summary>
    public LogisticRegressionModel RequireMultivariable() => Multivariable
        ?? throw new StatisticsInputException(Entered.Count == 0
            ? "logistic screening: no predictor passed the entry p-value, so there is no multivariable model; raise EntryPValue or name MultivariablePredictors."
            : "logistic screening: the multivariable model was not requested (Multivariable: false).");

    /// <summary>HTML of <see cref="Table"/> for notebooks.</summary>
    public string ToHtml() => Table.ToHtml();

    public override string ToString() => Table.ToText();
}
