namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Result of the Shapiro–Wilk normality test.</summary>
/// <param name="W">The W statistic (squared correlation of the ordered sample with the normal-score coefficients).</param>
/// <param name="PValue">p-value from Royston's normalising transformation (exact for n = 3).</param>
public sealed record ShapiroWilkResult(double W, double PValue);
