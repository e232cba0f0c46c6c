using DlRadiomics.Statistics.RocAnalysis;

namespace DlRadiomics.Statistics.Tables;

/// <summary>One row of a Table 4 (Fan et al. 2024): a model's discrimination on one cohort at its Youden threshold.</summary>
/// <param name="Model">Model or feature set (<c>Clinic</c>, <c>DLR</c>…).</param>
/// <param name="Task">Cohort: <c>train</c> or <c>test</c>.</param>
/// <param name="Source">Who computed it: <c>ours</c>, or the paper it is transcribed from.</param>
/// <param name="Auc">Area under the ROC curve.</param>
/// <param name="Lower">Lower bound of the AUC's confidence interval.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Accuracy">Accuracy at the threshold.</param>
/// <param name="Sensitivity">Sensitivity at the threshold.</param>
/// <param name="Specificity">Specificity at the threshold.</param>
/// <param name="Ppv">Positive predictive value.</param>
/// <param name="Npv">Negative predictive value.</param>
/// <param name="Threshold">The threshold (Youden point of the cohort's own curve, as the paper reports it).</param>
public sealed record PerformanceRow(string Model, string Task, string Source, double Auc, double Lower, double Upper,
    double Accuracy, double Sensitivity, double Specificity, double Ppv, double Npv, double Threshold)
{
    /// <summary>Our row for <paramref name="summary"/>: DeLong interval, metrics at its Youden threshold.</summary>
    public static PerformanceRow From(string task, DiscriminationSummary summary, string? model = null)
    {
        var m = summary.AtYouden;
        return new PerformanceRow(model ?? summary.Name, task, "ours", summary.Curve.Auc, summary.DeLong.Lower, summary.DeLong.Upper,
            m.Accuracy, m.Sensitivity, m.Specificity, m.PositivePredictiveValue, m.NegativePredictiveValue, summary.Youden.Threshold);
    }
}
