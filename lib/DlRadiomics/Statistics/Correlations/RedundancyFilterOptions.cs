namespace DlRadiomics.Statistics.Correlations;

/// <summary>Settings of <see cref="RedundancyFilter"/>: pairs with |coefficient| strictly above the threshold are redundant.</summary>
public sealed record RedundancyFilterOptions(double Threshold = 0.9, CorrelationMethod Method = CorrelationMethod.Spearman);
