namespace DlRadiomics.Statistics.Agreement;

/// <summary>
/// The six intraclass correlations of Shrout &amp; Fleiss (1979), named as psych::ICC prints them, with McGraw &amp; Wong's
/// (1996) names.
/// </summary>
public enum IccForm
{
    /// <summary>ICC(1,1): one-way random, single rater (McGraw–Wong ICC(1)).</summary>
    Icc1,

    /// <summary>ICC(2,1): two-way random, absolute agreement, single rater (ICC(A,1)).</summary>
    Icc2,

    /// <summary>ICC(3,1): two-way mixed, consistency, single rater (ICC(C,1)).</summary>
    Icc3,

    /// <summary>ICC(1,k): one-way random, mean of k raters.</summary>
    Icc1k,

    /// <summary>ICC(2,k): two-way random, absolute agreement, mean of k raters (ICC(A,k)).</summary>
    Icc2k,

    /// <summary>ICC(3,k): two-way mixed, consistency, mean of k raters (ICC(C,k)).</summary>
    Icc3k,
}
