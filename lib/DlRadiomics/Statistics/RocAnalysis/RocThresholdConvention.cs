namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>How the thresholds of an ROC curve are reported; the curve points are the same under both.</summary>
public enum RocThresholdConvention
{
    /// <summary>
    /// pROC: midpoints between consecutive distinct scores, with −∞ and +∞ at the ends (so a reported Youden threshold
    /// is a midpoint, e.g. 0.205 between scores 0.20 and 0.21).
    /// </summary>
    Midpoint,

    /// <summary>
    /// scikit-learn <c>roc_curve</c>: the observed score at which the classification changes (for
    /// <see cref="RocDirection.ControlsLower"/> the smallest score called positive), +∞ for "nobody positive".
    /// </summary>
    ObservedScore,
}
