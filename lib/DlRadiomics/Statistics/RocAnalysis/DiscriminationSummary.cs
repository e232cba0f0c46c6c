namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>One row of a Table 4: AUC with DeLong and bootstrap intervals, the Youden threshold and the metrics there.</summary>
/// <param name="Name">The score's name (its column).</param>
/// <param name="Curve">The ROC curve.</param>
/// <param name="DeLong">DeLong interval of the AUC.</param>
/// <param name="Bootstrap">Null when the options asked for no bootstrap.</param>
/// <param name="Youden">The Youden-optimal point.</param>
/// <param name="AtYouden">Confusion matrix and Table 4 metrics at the Youden threshold.</param>
public sealed record DiscriminationSummary(
    string Name,
    RocCurve Curve,
    AucConfidenceInterval DeLong,
    AucConfidenceInterval? Bootstrap,
    YoudenPoint Youden,
    ClassificationMetrics AtYouden)
{
    /// <summary>Table rows left out for a missing value (DataFrame entry point, listwise deletion); 0 for arrays.</summary>
    public int RowsDropped { get; init; }
}
