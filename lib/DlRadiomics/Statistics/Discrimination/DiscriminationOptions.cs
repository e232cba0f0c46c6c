namespace DlRadiomics.Statistics;

/// <summary>Settings of <see cref="Discrimination.Summarize"/>.</summary>
/// <param name="BootstrapReplicates">0 skips the bootstrap interval.</param>
public sealed record DiscriminationOptions(
    RocDirection Direction = RocDirection.Auto,
    RocThresholdConvention Convention = RocThresholdConvention.Midpoint,
    double Level = 0.95,
    int BootstrapReplicates = 2000,
    int Seed = 1);
