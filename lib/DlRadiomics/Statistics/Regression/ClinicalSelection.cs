using DlRadiomics.Statistics.RocAnalysis;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>
/// The clinical-feature selection of Fan et al. 2024 (Methods, "Feature Selection and Fusion"; Results, Table 3 and
/// Figure 2), with its sparse-factor step made explicit: univariate logistic regression of every predictor; two-level
/// factors with fewer than <see cref="ClinicalSelectionOptions.MinimumLevelCount"/> events or non-events in a level
/// excluded (the paper drops "factors that may cause bias due to the small sample size"); many-level factors with
/// sparse levels (MSU) kept and fitted with Firth's penalty; a multivariable model of the candidates (univariate
/// p &lt; 0.05); the candidates ranked by univariate AUC and the top five combined into the clinical model.
/// </summary>
public static class ClinicalSelection
{
    public static ClinicalSelectionResult Run(DataFrame training, string outcome, IReadOnlyList<string> predictors, ClinicalSelectionOptions? options = null)
    {
        options ??= new ClinicalSelectionOptions();
        var design = options.Design ?? new DesignOptions();
        var levels = SparseFactorCheck.Levels(training, outcome, predictors, options.MinimumLevelCount);
        var sparse = SparseFactorCheck.SparsePredictors(levels);
        var levelCount = levels.GroupBy(l => l.Predictor).ToDictionary(g => g.Key, g => g.Count());
        // A constant column (one level) has no estimate at all; it is excluded like a sparse two-level factor.
        var constant = levelCount.Where(kv => kv.Value < 2).Select(kv => kv.Key).ToList();
        var excluded = sparse.Where(p => levelCount[p] <= 2).Union(constant).ToList();
        var firth = sparse.Except(excluded).ToList();
        predictors = predictors.Except(constant).ToList();

        var univariate = LogisticScreening.Run(training, outcome, predictors, new LogisticScreeningOptions(design, Multivariable: false)).Table;
        var candidates = predictors
            .Where(p => !excluded.Contains(p) && univariate.Rows.Any(r => r.Predictor == p && r.Univariate.PValue < options.EntryPValue))
            .ToList();
        var screen = LogisticScreening.Run(training, outcome, predictors, new LogisticScreeningOptions(design,
            new LogisticRegressionOptions(Penalty: firth.Any(candidates.Contains) ? LogisticPenalty.Firth : LogisticPenalty.None, OnProblem: FitProblemHandling.Warn),
            MultivariablePredictors: candidates)).Table;
        var ranking = UnivariateDiscrimination.Rank(training, outcome, candidates, design);
        var chosen = ranking.Take(options.Top).Select(s => s.Name).ToList();
        return new ClinicalSelectionResult(screen, univariate, levels, excluded, firth, candidates, ranking, chosen, FitModel(training, outcome, chosen, options));
    }

    /// <summary>
    /// The logistic model of <paramref name="predictors"/> as <see cref="Run"/> fits the clinical model: by maximum
    /// likelihood, or with Firth's penalty when a categorical predictor has a level with fewer than
    /// <see cref="ClinicalSelectionOptions.MinimumLevelCount"/> events or non-events (<see cref="SparseFactorCheck"/>;
    /// continuous columns, such as a Rad-score added for a nomogram, are not checked).
    /// </summary>
    public static LogisticRegressionModel FitModel(DataFrame training, string outcome, IReadOnlyList<string> predictors, ClinicalSelectionOptions? options = null)
    {
        options ??= new ClinicalSelectionOptions();
        bool sparse = SparseFactorCheck.SparsePredictors(SparseFactorCheck.Levels(training, outcome, predictors, options.MinimumLevelCount)).Count > 0;
        return LogisticRegression.Fit(training, outcome, predictors, options.Design ?? new DesignOptions(),
            new LogisticRegressionOptions(Penalty: sparse ? LogisticPenalty.Firth : LogisticPenalty.None, OnProblem: FitProblemHandling.Warn));
    }
}
