namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>How the Mann–Whitney p-value is computed (names as <c>scipy.stats.mannwhitneyu(method=…)</c>).</summary>
public enum MannWhitneyMethod
{
    /// <summary>Exact when there are no ties and the smaller sample has at most 8 values, asymptotic otherwise.</summary>
    Auto,
    /// <summary>Normal approximation with tie correction and continuity correction (R <c>wilcox.test(exact=FALSE)</c>).</summary>
    Asymptotic,
    /// <summary>Exact null distribution of U (no ties allowed).</summary>
    Exact,
}
