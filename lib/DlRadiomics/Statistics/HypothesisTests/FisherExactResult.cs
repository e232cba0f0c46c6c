namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Result of Fisher's exact test (two-sided).</summary>
/// <param name="PValue">Sum of the probabilities of all tables with the observed margins that are no more likely than the observed one.</param>
/// <param name="SampleOddsRatio">For a 2×2 table, ad/(bc) as <c>scipy.stats.fisher_exact</c> reports (∞ when bc = 0); null for larger tables.</param>
public sealed record FisherExactResult(double PValue, double? SampleOddsRatio);
