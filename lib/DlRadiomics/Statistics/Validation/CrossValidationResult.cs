namespace DlRadiomics.Statistics.Validation;

/// <summary>Out-of-sample predictions of a cross-validation scheme and their AUC.</summary>
/// <param name="Resamples">Every fold's held-out predictions, for drawing per-fold or pooled ROC curves.</param>
/// <param name="OutOfFoldScores">Pooled scores per repeat, [repeat][row]: each row scored by the model that did not see it.</param>
/// <param name="PooledAuc">AUC of the pooled out-of-fold scores per repeat.</param>
/// <param name="MeanAuc">Mean of <paramref name="PooledAuc"/> over repeats.</param>
public sealed record CrossValidationResult(
    IReadOnlyList<ResamplePredictions> Resamples,
    double[][] OutOfFoldScores,
    double[] PooledAuc,
    double MeanAuc);
