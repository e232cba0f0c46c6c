using DlRadiomics.Statistics.HypothesisTests;

namespace DlRadiomics.Statistics.Tables;

/// <summary>Settings of <see cref="BaselineTable.Build"/>.</summary>
/// <param name="Variables">Variables (rows) in order; default every column except the group and split columns.</param>
/// <param name="Categorical">Numeric columns to show as categories (text columns always are; numeric columns with at most two distinct values are by default).</param>
/// <param name="Continuous">Numeric columns with at most two distinct values to show as continuous after all.</param>
/// <param name="Summary">Summary of continuous variables.</param>
/// <param name="Policy">Which test each variable gets (default: the studies' rule).</param>
/// <param name="Missing">Per-variable listwise deletion with counts reported, or an error at the first missing cell.</param>
/// <param name="Decimals">Decimals of means, SDs, quantiles and percentages.</param>
/// <param name="GroupOrder">Order of the group columns; default sorted levels.</param>
/// <param name="SplitOrder">Order of the split blocks; default order of first appearance.</param>
public sealed record BaselineTableOptions(
    IReadOnlyList<string>? Variables = null,
    IReadOnlyCollection<string>? Categorical = null,
    IReadOnlyCollection<string>? Continuous = null,
    ContinuousSummary Summary = ContinuousSummary.MeanSd,
    GroupComparisonPolicy? Policy = null,
    MissingValuePolicy Missing = MissingValuePolicy.ListwiseDeletion,
    int Decimals = 2,
    IReadOnlyList<string>? GroupOrder = null,
    IReadOnlyList<string>? SplitOrder = null);
