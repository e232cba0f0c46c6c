using DlRadiomics.Statistics.Correlations;
using DlRadiomics.Statistics.Preprocessing;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// A radiomics signature as Fan et al. 2024 build one (Methods, "Feature Selection and Fusion"), fitted on the training
/// cohort: optionally principal components first (deep features), Mann–Whitney U screen (p &lt; 0.05), Spearman redundancy removal (|ρ| &gt; 0.9, greedy), z-scores with the
/// training means and SDs, scikit-learn's <c>LassoCV</c> on the 0/1 outcome with k-fold CV at the λ of least CV error,
/// and the rad-score: the LASSO's intercept plus its coefficients times the z-scored features.
/// </summary>
/// <param name="Name">The feature set's name (<c>Rad_SAG</c>).</param>
/// <param name="FeatureNames">All features offered, in the order of the rows given to <see cref="Score"/>.</param>
/// <param name="Reduction">Principal components the features are reduced to first, or null.</param>
/// <param name="InputNames">Names of the screened columns: <paramref name="FeatureNames"/>, or <c>PC1</c>… after a reduction.</param>
/// <param name="Screened">Features passing the Mann–Whitney screen, with their p-values.</param>
/// <param name="Redundancy">What the Spearman filter kept and removed.</param>
/// <param name="Scaling">Training means and SDs of the kept features.</param>
/// <param name="Lasso">The cross-validated LASSO on the kept, z-scored features.</param>
public sealed record RadiomicsSignature(string Name, IReadOnlyList<string> FeatureNames, PcaModel? Reduction, IReadOnlyList<string> InputNames, IReadOnlyList<SelectedFeature> Screened,
    RedundancyFilterResult Redundancy, ZScoreModel Scaling, LassoCvModel Lasso)
{
    /// <summary>The features with a non-zero LASSO coefficient, and their coefficients (on z-scores).</summary>
    public IReadOnlyList<SelectedFeature> Selected => Lasso.Selected;

    /// <exception cref="ModelInputException">No feature passes the screen, or too few rows for the folds.</exception>
    public static RadiomicsSignature Fit(string name, double[][] training, IReadOnlyList<int> outcome, IReadOnlyList<string> featureNames, SignatureOptions? options = null)
    {
        options ??= new SignatureOptions();
        var reduction = options.Components > 0 ? PrincipalComponents.Fit(training, new PcaOptions(options.Components)) : null;
        var offered = featureNames;
        if (reduction is not null)
        {
            training = reduction.Transform(training);
            featureNames = Enumerable.Range(1, reduction.Components.Length).Select(k => $"PC{k}").ToList();
        }
        var screened = MannWhitneyScreen.Select(training, outcome, featureNames, options.Alpha);
        if (screened.Count == 0)
            throw new ModelInputException($"{name}: no feature passes the Mann–Whitney screen at p < {options.Alpha}; raise the level or check the outcome");
        var columns = FeatureRows.Columns(training);
        var redundancy = RedundancyFilter.Apply(screened.Select(s => s.Name).ToList(), screened.Select(s => (IReadOnlyList<double>)columns[s.Index]).ToList(),
            new RedundancyFilterOptions(options.Correlation));
        var kept = Subset(training, featureNames, redundancy.Kept);
        var scaling = ZScore.Fit(kept);
        var lasso = LassoCv.Fit(scaling.Transform(kept), outcome.Select(v => (double)v).ToArray(), new LassoCvOptions(options.Folds, Alphas: options.Alphas), redundancy.Kept);
        return new RadiomicsSignature(name, offered.ToArray(), reduction, featureNames.ToArray(), screened, redundancy, scaling, lasso);
    }

    /// <summary>Rad-scores of rows holding every offered feature in <see cref="FeatureNames"/> order (raw values; scaled here).</summary>
    public double[] Score(double[][] rows) => Lasso.Predict(ZScored(rows));

    /// <summary>The kept features of <paramref name="rows"/>, z-scored with the training means and SDs (the LASSO's input).</summary>
    public double[][] ZScored(double[][] rows) => Scaling.Transform(Subset(Reduction?.Transform(rows) ?? rows, InputNames, Redundancy.Kept));

    /// <summary>Only the LASSO-selected features of <paramref name="rows"/>, z-scored (what a fusion of signatures joins), named <c>Name:feature</c> by <see cref="SelectedNames"/>.</summary>
    public double[][] SelectedZScores(double[][] rows)
    {
        var selected = Selected.Select(f => f.Index).ToArray();
        return ZScored(rows).Select(r => selected.Select(j => r[j]).ToArray()).ToArray();
    }

    /// <summary>Names of the columns of <see cref="SelectedZScores"/>: <c>Rad_SAG:original_glcm_Contrast</c>.</summary>
    public IReadOnlyList<string> SelectedNames => Selected.Select(f => $"{Name}:{f.Name}").ToList();

    private static double[][] Subset(double[][] rows, IReadOnlyList<string> names, IReadOnlyList<string> wanted)
    {
        var index = wanted.Select(w => names.ToList().IndexOf(w)).ToArray();
        return rows.Select(r => index.Select(j => r[j]).ToArray()).ToArray();
    }
}
