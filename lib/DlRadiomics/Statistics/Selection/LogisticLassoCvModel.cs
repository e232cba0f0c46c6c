using DlRadiomics.Statistics.Scoring;

namespace DlRadiomics.Statistics.Selection;

/// <summary>A cross-validated logistic lasso (R <c>cv.glmnet(..., family = "binomial", foldid = …)</c>).</summary>
/// <param name="Path">The path fitted on all rows; its λ sequence is used in every fold.</param>
/// <param name="FoldIds">Fold of each row.</param>
/// <param name="Measure">The CV loss.</param>
/// <param name="CvMean">Mean CV loss per λ (<c>cvm</c>).</param>
/// <param name="CvStandardError">Its standard error across folds (<c>cvsd</c>).</param>
/// <param name="IndexMin">Index of <c>lambda.min</c>.</param>
/// <param name="Index1Se">Index of <c>lambda.1se</c>.</param>
public sealed record LogisticLassoCvModel(
    LogisticLassoPath Path,
    int[] FoldIds,
    CvMeasure Measure,
    double[] CvMean,
    double[] CvStandardError,
    int IndexMin,
    int Index1Se)
{
    public double LambdaMin => Path.Lambda[IndexMin];
    public double Lambda1Se => Path.Lambda[Index1Se];

    public int IndexOf(LambdaChoice choice) => choice == LambdaChoice.Minimum ? IndexMin : Index1Se;

    /// <summary>Features with non-zero coefficients at the chosen λ, with their original-scale coefficients.</summary>
    public IReadOnlyList<SelectedFeature> Selected(LambdaChoice choice = LambdaChoice.Minimum)
    {
        var coef = Path.Coefficients[IndexOf(choice)];
        return coef.Select((c, j) => new SelectedFeature(Path.FeatureNames[j], j, c)).Where(f => f.Value != 0).ToArray();
    }

    /// <summary>The rad-score (log-odds) at the chosen λ.</summary>
    public RadScore ToRadScore(LambdaChoice choice = LambdaChoice.Minimum) => Path.RadScoreAt(IndexOf(choice));
}
