namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Result of a chi-square-referred test statistic (Kruskal–Wallis H, Pearson X²).</summary>
/// <param name="Statistic">The test statistic.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom of the reference chi-square distribution.</param>
/// <param name="PValue">Upper-tail p-value.</param>
public sealed record ChiSquareStatisticResult(double Statistic, double DegreesOfFreedom, double PValue);
