namespace DlRadiomics.Statistics.Correlations;

/// <summary>The outcome of <see cref="RedundancyFilter"/>: kept features in input order, removed ones in removal order.</summary>
public sealed record RedundancyFilterResult(
    RedundancyFilterOptions Options,
    IReadOnlyList<string> Kept,
    IReadOnlyList<RemovedFeature> Removed);

/// <summary>
/// A feature the filter removed and why: at <paramref name="Step"/> (0-based) it had <paramref name="Partners"/>
/// (the still-present features correlated beyond the threshold with it) — the most of any feature — and a mean
/// |coefficient| of <paramref name="MeanAbsoluteCoefficient"/> to all other still-present features.
/// </summary>
public sealed record RemovedFeature(string Name, int Step, IReadOnlyList<CorrelatedPartner> Partners, double MeanAbsoluteCoefficient);

/// <summary>A feature correlated with a removed one, and the coefficient.</summary>
public sealed record CorrelatedPartner(string Name, double Coefficient);
