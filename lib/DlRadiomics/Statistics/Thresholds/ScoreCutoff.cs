using DlRadiomics.Statistics.RocAnalysis;

namespace DlRadiomics.Statistics.Thresholds;

/// <summary>
/// An optimal cut-off of a score: the Youden point of its ROC curve and the classification it induces. Patients on
/// the cases' side of the cut-off (score ≥ threshold for <see cref="RocDirection.ControlsLower"/>, ≤ for
/// <see cref="RocDirection.ControlsHigher"/>) form the high-risk group.
/// </summary>
public sealed record ScoreCutoff(string Name, double Threshold, RocDirection Direction, double YoudenIndex, ClassificationMetrics Metrics)
{
    /// <summary>True when <paramref name="score"/> falls in the high-risk group.</summary>
    public bool IsHigh(double score) => Direction == RocDirection.ControlsLower ? score >= Threshold : score <= Threshold;
}
