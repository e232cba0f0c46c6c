namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Result of a two-sided Mann–Whitney U test.</summary>
/// <param name="U">U statistic of the first sample (scipy's <c>statistic</c>, R's <c>W</c>).</param>
/// <param name="Z">Standardised statistic (U − n₁n₂/2 − ½)/σ of the asymptotic method; null for the exact method.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="Method">The method actually used (never <see cref="MannWhitneyMethod.Auto"/>).</param>
public sealed record MannWhitneyResult(double U, double? Z, double PValue, MannWhitneyMethod Method);
