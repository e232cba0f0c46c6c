namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Result of a two-sample t-test (two-sided).</summary>
/// <param name="Statistic">t = (x̄ − ȳ) / SE.</param>
/// <param name="DegreesOfFreedom">n₁ + n₂ − 2 (Student) or the Welch–Satterthwaite value.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="MeanX">Mean of the first sample.</param>
/// <param name="MeanY">Mean of the second sample.</param>
/// <param name="EqualVariances">True for Student's pooled-variance test, false for Welch's.</param>
public sealed record TTestResult(double Statistic, double DegreesOfFreedom, double PValue, double MeanX, double MeanY, bool EqualVariances);
