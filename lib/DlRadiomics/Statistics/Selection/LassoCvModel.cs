using DlRadiomics.Statistics.Scoring;

namespace DlRadiomics.Statistics.Selection;

/// <summary>A linear lasso chosen by k-fold cross-validation (scikit-learn <c>LassoCV</c> attributes and more).</summary>
/// <param name="FeatureNames">Names of the columns, in order.</param>
/// <param name="Alphas">The α grid, largest first (<c>alphas_</c>).</param>
/// <param name="MsePath">Test-fold mean squared error, [α][fold] (<c>mse_path_</c>).</param>
/// <param name="MseMean">Mean over folds per α.</param>
/// <param name="MseStandardError">Standard error over folds per α: sample SD / √k.</param>
/// <param name="AlphaIndex">Index of the chosen α (first minimum of <paramref name="MseMean"/>).</param>
/// <param name="Alpha">The chosen α (<c>alpha_</c>; what papers report as "λ").</param>
/// <param name="Coefficients">Coefficients refitted on all rows at <paramref name="Alpha"/> (<c>coef_</c>).</param>
/// <param name="Intercept">Intercept of that fit (<c>intercept_</c>).</param>
/// <param name="PathCoefficients">Coefficients on all rows along the grid, [α][feature] (<c>lasso_path</c>), for the figure.</param>
/// <param name="UnconvergedFits">Number of (fold or full-data, α) fits that stopped at MaxIterations without meeting the gap tolerance; scikit-learn warns for each.</param>
/// <param name="Options">The settings used.</param>
public sealed record LassoCvModel(
    string[] FeatureNames,
    double[] Alphas,
    double[][] MsePath,
    double[] MseMean,
    double[] MseStandardError,
    int AlphaIndex,
    double Alpha,
    double[] Coefficients,
    double Intercept,
    double[][] PathCoefficients,
    int UnconvergedFits,
    LassoCvOptions Options)
{
    /// <summary>Features with a non-zero coefficient at <see cref="Alpha"/>, in column order.</summary>
    public IReadOnlyList<SelectedFeature> Selected =>
        Coefficients.Select((c, j) => new SelectedFeature(FeatureNames[j], j, c)).Where(f => f.Value != 0).ToArray();

    /// <summary>The rad-score of the selected features: intercept + Σ coefficient·feature.</summary>
    public RadScore ToRadScore() =>
        new(Selected.Select(f => f.Name).ToArray(), Selected.Select(f => f.Value).ToArray(), Intercept);

    /// <summary>Predicted outcome for each row (all columns, in fitting order).</summary>
    public double[] Predict(double[][] rows) => new RadScore(FeatureNames, Coefficients, Intercept).Score(rows);
}
