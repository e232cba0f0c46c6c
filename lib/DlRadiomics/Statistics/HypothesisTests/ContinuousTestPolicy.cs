namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Which test compares a continuous variable between groups.</summary>
public enum ContinuousTestPolicy
{
    /// <summary>The studies' rule: Shapiro–Wilk in every group; all normal → t-test, otherwise Mann–Whitney U
    /// (Kruskal–Wallis for more than two groups).</summary>
    NormalityThenTTestElseRankTest,
    /// <summary>Student's pooled-variance t-test (two groups).</summary>
    StudentT,
    /// <summary>Welch's t-test (two groups).</summary>
    WelchT,
    /// <summary>Mann–Whitney U (two groups) or Kruskal–Wallis (more groups).</summary>
    RankTest,
}
