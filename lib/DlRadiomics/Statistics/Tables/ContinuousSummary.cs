namespace DlRadiomics.Statistics.Tables;

/// <summary>How a continuous variable is summarised in a baseline table.</summary>
public enum ContinuousSummary
{
    /// <summary>mean±SD (SD with n − 1), as the studies' Table 2.</summary>
    MeanSd,
    /// <summary>median[Q1–Q3] with R type-7 quartiles.</summary>
    MedianIqr,
    /// <summary>mean±SD when the chosen test is a t-test, median[Q1–Q3] when it is a rank test.</summary>
    ByTest,
}
