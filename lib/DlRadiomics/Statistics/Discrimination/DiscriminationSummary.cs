namespace DlRadiomics.Statistics;

/// <summary>One row of a Table 4: AUC with DeLong and bootstrap intervals, the Youden threshold and the metrics there.</summary>
/// <param name="Bootstrap">Null when the options asked for no bootstrap.</param>
public sealed record DiscriminationSummary(
    string Name,
    RocCurve Curve,
    AucConfidenceInterval DeLong,
    AucConfidenceInterval? Bootstrap,
    YoudenPoint Youden,
    ClassificationMetrics AtYouden);
