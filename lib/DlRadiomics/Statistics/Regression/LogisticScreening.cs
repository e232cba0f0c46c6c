using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>Univariate screening of each predictor, then a multivariable model of those that pass (studies' Table 3).</summary>
/// <remarks>
/// Each univariate model uses the rows complete for the outcome and that predictor; the multivariable model the rows
/// complete for all its predictors. A predictor enters when any of its terms has univariate p &lt; EntryPValue, unless
/// the predictors are given explicitly.
/// </remarks>
public static class LogisticScreening
{
    /// <summary>Fits every univariate model and the multivariable model; the fits are in the result, the Table 3 layout in its <see cref="LogisticScreeningResult.Table"/>.</summary>
    public static LogisticScreeningResult Run(DataFrame df, string outcome, IReadOnlyList<string> predictors, LogisticScreeningOptions? options = null)
    {
        options ??= new LogisticScreeningOptions();
        if (predictors.Count == 0) throw new StatisticsInputException("logistic screening: no predictors were given.");
        var regression = options.Regression ?? new LogisticRegressionOptions();
        var univariateOptions = regression with { OnProblem = FitProblemHandling.Warn };
        var design = options.Design ?? new DesignOptions();
        var sources = InteractionTerm.Expand(predictors).SelectMany(t => t.Split(':')).ToHashSet(StringComparer.Ordinal);
        foreach (var f in design.Factors ?? [])
            if (!sources.Contains(f)) throw new StatisticsInputException($"logistic screening: --factors names '{f}', which is not a predictor.");
        var univariate = new List<(string Predictor, LogisticRegressionModel Model)>();
        foreach (var p in predictors)
        {
            // each single-predictor model receives only the factor declarations that concern it
            var own = InteractionTerm.Expand([p]).SelectMany(t => t.Split(':')).ToHashSet(StringComparer.Ordinal);
            var single = design with { Factors = (design.Factors ?? []).Where(own.Contains).ToArray() };
            univariate.Add((p, LogisticRegression.Fit(df, outcome, [p], single, univariateOptions)));
        }

        IReadOnlyList<string> entered = options.MultivariablePredictors
            ?? univariate.Where(u => u.Model.Coefficients.Skip(regression.FitIntercept ? 1 : 0).Any(k => k.PValue < options.EntryPValue))
                .Select(u => u.Predictor).ToArray();
        LogisticRegressionModel? multivariable = options.Multivariable && entered.Count > 0
            ? LogisticRegression.Fit(df, outcome, entered, design with { Factors = (design.Factors ?? []).Where(f => entered.Any(e => e.Split(':', '*').Contains(f))).ToArray() }, regression)
            : null;
        if (!options.Multivariable) entered = [];

        var rows = new List<RegressionTableRow>();
        foreach (var (predictor, model) in univariate)
        {
            string? warning = model.Warnings.Count > 0 ? string.Join(" ", model.Warnings.Select(w => w.Message)) : null;
            foreach (var k in model.Coefficients.Skip(regression.FitIntercept ? 1 : 0))
                rows.Add(new RegressionTableRow(predictor, k.Term, k, model.Observations, warning,
                    multivariable?.Coefficients.FirstOrDefault(m => m.Term == k.Term)));
        }
        return new LogisticScreeningResult(univariate.Select(u => new UnivariateFit(u.Predictor, u.Model)).ToArray(), multivariable, entered,
            new RegressionTable(rows, multivariable, entered));
    }
}
