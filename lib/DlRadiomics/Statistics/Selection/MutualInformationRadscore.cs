using DlRadiomics.Statistics.Correlations;
using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// The recurrence study's Radscore (Zhang et al. 2026): features z-scored with the training means and SDs, the
/// <c>top</c> features of largest mutual information with the outcome kept (scikit-learn's
/// <c>mutual_info_classif</c>; a constant column or a near-copy, |r| &gt; 0.99, of a feature already kept is passed
/// over), and a logistic regression of the outcome on them; the Radscore is its linear predictor
/// (log-odds). <see cref="Learning.MutualInformationRadscoreLearner"/> wraps the whole procedure as a learner for the
/// validation schemes, so that selection happens inside every fold or bootstrap sample.
/// </summary>
/// <param name="Name">The score's name (<c>disc</c>).</param>
/// <param name="FeatureNames">All features offered, in row order.</param>
/// <param name="Scaling">Training means and SDs of all offered features.</param>
/// <param name="Selected">The kept features with their mutual information, largest first.</param>
/// <param name="Model">Logistic regression on the kept z-scored features: maximum likelihood (statsmodels <c>Logit</c>,
/// R <c>glm</c>), Firth-penalised when maximum likelihood does not converge or the outcome is separated (no finite estimate,
/// <see cref="SeparationCheck"/>).</param>
public sealed record MutualInformationRadscore(string Name, IReadOnlyList<string> FeatureNames, ZScoreModel Scaling, IReadOnlyList<SelectedFeature> Selected, LogisticRegressionModel Model)
{
    public static MutualInformationRadscore Fit(string name, double[][] x, IReadOnlyList<int> y, IReadOnlyList<string> featureNames, int top, int seed = 0)
    {
        var scaling = ZScore.Fit(x);
        var z = scaling.Transform(x);
        var ranked = MutualInformation.SelectTop(z, y, x[0].Length, featureNames, new MutualInformationOptions(NoiseSeed: seed));
        var columns = FeatureRows.Columns(z);
        var selected = new List<SelectedFeature>();
        // Constant columns and near-copies of a kept feature (|r| > 0.99) would make the logistic fit singular.
        foreach (var candidate in ranked)
        {
            if (selected.Count == top) break;
            if (columns[candidate.Index].All(v => v == columns[candidate.Index][0])) continue;
            if (selected.Any(s => Math.Abs(Correlation.Pearson(columns[s.Index], columns[candidate.Index]).Coefficient) > 0.99)) continue;
            selected.Add(candidate);
        }
        var design = z.Select(r => selected.Select(s => r[s.Index]).ToArray()).ToArray();
        var names = selected.Select(s => s.Name).ToList();
        var model = LogisticRegression.Fit(design, y, names, new LogisticRegressionOptions(OnProblem: FitProblemHandling.Warn));
        if (!model.Converged || model.Warnings.Any(w => w.Problem == LogisticFitProblem.Separation))
            model = LogisticRegression.Fit(design, y, names, new LogisticRegressionOptions(Penalty: LogisticPenalty.Firth, OnProblem: FitProblemHandling.Warn));
        return new MutualInformationRadscore(name, featureNames.ToArray(), scaling, selected, model);
    }

    /// <summary>Radscores (log-odds) of rows holding every offered feature in <see cref="FeatureNames"/> order.</summary>
    public double[] Score(double[][] rows) => Scaling.Transform(rows).Select(r => Model.LinearPredictor(Selected.Select(s => r[s.Index]).ToArray())).ToArray();
}
