using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// How well each candidate predictor alone separates the outcome, ranked by AUC: the paper's ROC of the clinical
/// candidates and its top-five-by-AUC choice (Fan et al. 2024, Figure 2).
/// </summary>
/// <remarks>
/// Each predictor is scored by its univariate logistic model's fitted probability, on the rows complete for it and the
/// outcome. For a numeric predictor that is a monotone transform of the value (same AUC as the raw value with the
/// better direction); for a factor it orders the levels by their event rate, so a many-level factor such as MSU gets a
/// score without an arbitrary numeric coding. The AUC is therefore never below 0.5.
/// </remarks>
public static class UnivariateDiscrimination
{
    /// <returns>One summary per predictor (its <see cref="DiscriminationSummary.Name"/> is the predictor), highest AUC first.</returns>
    public static IReadOnlyList<DiscriminationSummary> Rank(DataFrame df, string outcome, IReadOnlyList<string> predictors,
        DesignOptions? design = null, DiscriminationOptions? options = null)
    {
        design ??= new DesignOptions();
        options ??= new DiscriminationOptions(Direction: RocDirection.ControlsLower, BootstrapReplicates: 0);
        var summaries = new List<DiscriminationSummary>();
        foreach (var predictor in predictors)
        {
            var complete = CompleteCases.Of(df, outcome, predictor);
            var own = design with { Factors = (design.Factors ?? []).Where(f => f == predictor).ToArray() };
            var model = LogisticRegression.Fit(complete, outcome, [predictor], own, new LogisticRegressionOptions(OnProblem: FitProblemHandling.Warn));
            summaries.Add(Discrimination.Summarize(predictor, model.PredictProbability(complete), CompleteCases.Outcome(complete, outcome), options));
        }
        return summaries.OrderByDescending(s => s.Curve.Auc).ToList();
    }
}
