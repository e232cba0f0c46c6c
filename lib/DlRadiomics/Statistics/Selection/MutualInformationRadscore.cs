using DlRadiomics.Statistics.Correlations;
using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.Regression;
using MathNet.Numerics.LinearAlgebra;

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
/// R <c>glm</c>), Firth-penalised when maximum likelihood does not converge or separates (no finite estimate).</param>
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
        if (!model.Converged || HasNoFiniteEstimate(model, design, y))
            model = LogisticRegression.Fit(design, y, names, new LogisticRegressionOptions(Penalty: LogisticPenalty.Firth, OnProblem: FitProblemHandling.Warn));
        return new MutualInformationRadscore(name, featureNames.ToArray(), scaling, selected, model);
    }

    /// <summary>
    /// Whether the maximum-likelihood fit is separated, i.e. has no finite estimate: its fitted probabilities reach
    /// 0 or 1 (the model's separation warning) and its information I(β̂) keeps, along some direction, less than 10⁻⁸
    /// of the information I₀ = p̄(1 − p̄)·X̃ᵀX̃ of the same design at the null model — the largest eigenvalue of
    /// Cov(β̂)·I₀ exceeds 10⁸. Probabilities numerically 0 or 1 alone (R's warning) also occur in finite fits with a few
    /// far-out rows, whose information stays of the order of I₀ (the ratio is 2·10² for the WDBC golden case); under
    /// separation the separated rows' weights vanish (10¹⁸ and more for the separated data of the tests).
    /// </summary>
    private static bool HasNoFiniteEstimate(LogisticRegressionModel model, double[][] design, IReadOnlyList<int> y)
    {
        if (!model.Warnings.Any(w => w.Problem == LogisticFitProblem.Separation)) return false;
        int n = design.Length, p = design[0].Length + 1;
        double mean = y.Average();
        var nullInformation = Matrix<double>.Build.Dense(p, p, (a, b) =>
        {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += (a == 0 ? 1 : design[i][a - 1]) * (b == 0 ? 1 : design[i][b - 1]);
            return mean * (1 - mean) * sum;
        });
        var root = nullInformation.Cholesky().Factor;
        var covariance = Matrix<double>.Build.DenseOfArray(model.Covariance);
        if (covariance.Enumerate().Any(v => !double.IsFinite(v))) return true;
        var ratio = root.Transpose() * covariance * root;
        return ratio.Evd(Symmetricity.Symmetric).EigenValues.Max(v => v.Real) > 1e8;
    }

    /// <summary>Radscores (log-odds) of rows holding every offered feature in <see cref="FeatureNames"/> order.</summary>
    public double[] Score(double[][] rows) => Scaling.Transform(rows).Select(r => Model.LinearPredictor(Selected.Select(s => r[s.Index]).ToArray())).ToArray();
}
