namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>How an AUC confidence interval was computed.</summary>
public enum AucIntervalMethod
{
    /// <summary>pROC <c>ci.auc(method = "delong")</c>: AUC ± z·SE with the DeLong variance, clipped to [0, 1].</summary>
    DeLong,

    /// <summary>pROC <c>ci.auc(method = "bootstrap", boot.stratified = TRUE)</c>: percentiles of resampled AUCs.</summary>
    StratifiedBootstrap,
}

/// <summary>A confidence interval of an AUC.</summary>
/// <param name="Method">DeLong or stratified bootstrap.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Auc">The AUC of the original sample.</param>
/// <param name="Center">The middle value pROC prints: the AUC for DeLong, the median of the bootstrap AUCs.</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="StandardError">DeLong SE, or the standard deviation of the bootstrap AUCs.</param>
/// <param name="Replicates">Number of bootstrap replicates (0 for DeLong).</param>
/// <param name="Seed">Seed of the bootstrap (null for DeLong).</param>
public sealed record AucConfidenceInterval(
    AucIntervalMethod Method,
    double Level,
    double Auc,
    double Lower,
    double Center,
    double Upper,
    double StandardError,
    int Replicates,
    int? Seed);
