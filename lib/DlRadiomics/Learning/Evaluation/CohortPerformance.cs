using DlRadiomics.Statistics.RocAnalysis;


namespace DlRadiomics.Learning.Evaluation;

/// <summary>
/// One Table 4 row: a model's AUC on a cohort with its DeLong interval, and accuracy, sensitivity, specificity, PPV and
/// NPV of the rule "event when P ≥ threshold", the threshold being the Youden point of the training predictions.
/// </summary>
/// <param name="Cohort">"train" (out-of-fold predictions of the training rows) or "test".</param>
/// <param name="Curve">ROC curve of the predictions (direction "&lt;": a higher probability means an event).</param>
/// <param name="Interval">AUC with its DeLong interval (pROC <c>ci.auc</c>).</param>
/// <param name="Threshold">The Youden threshold of the training predictions, used for both cohorts.</param>
/// <param name="Metrics">Confusion matrix and metrics at <paramref name="Threshold"/>.</param>
public sealed record CohortPerformance(string Cohort, RocCurve Curve, AucConfidenceInterval Interval, double Threshold, ClassificationMetrics Metrics)
{
    public double Auc => Interval.Auc;
}
