namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>The test a policy chose for one variable and its outcome.</summary>
/// <param name="Test">Name of the test, e.g. "Student t", "Mann–Whitney U", "Chi-square", "Fisher exact".</param>
/// <param name="Statistic">Its statistic (t, U, H, X²), or null for Fisher's exact test.</param>
/// <param name="PValue">Two-sided p-value.</param>
public sealed record GroupTestResult(string Test, double? Statistic, double PValue);
