namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>Settings of <see cref="Discrimination.Summarize(string, IReadOnlyList{double}, IReadOnlyList{int}, DiscriminationOptions)"/>.</summary>
/// <param name="Direction">Direction of every score (pROC rule by default).</param>
/// <param name="Convention">Threshold convention of the curve and the Youden threshold.</param>
/// <param name="Level">Confidence level of both intervals.</param>
/// <param name="BootstrapReplicates">0 skips the bootstrap interval.</param>
/// <param name="Seed">Seed of the bootstrap.</param>
public sealed record DiscriminationOptions(
    RocDirection Direction = RocDirection.Auto,
    RocThresholdConvention Convention = RocThresholdConvention.Midpoint,
    double Level = 0.95,
    int BootstrapReplicates = 2000,
    int Seed = 1);
