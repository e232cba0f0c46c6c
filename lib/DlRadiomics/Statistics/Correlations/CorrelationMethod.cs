namespace DlRadiomics.Statistics.Correlations;

/// <summary>Which correlation coefficient to compute.</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment r (scipy.stats.pearsonr).</summary>
    Pearson,

    /// <summary>Spearman's ρ: Pearson's r of the ranks, ties given their average rank (scipy.stats.spearmanr).</summary>
    Spearman,
}
