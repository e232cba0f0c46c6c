namespace DlRadiomics.Statistics.Nomograms;

/// <summary>The points scale of one predictor.</summary>
/// <param name="Predictor">Term name.</param>
/// <param name="Labels">Tick labels: numeric values (invariant culture) or factor levels.</param>
/// <param name="Values">Numeric tick values (NaN-free; for factors the level index 0, 1, …).</param>
/// <param name="Points">Points at each tick: (βx − min βx)·scale.</param>
/// <param name="Coefficient">β for a numeric predictor; null for a factor.</param>
/// <param name="MinimumContribution">The smallest βx over the ticks (the 0-points position).</param>
public sealed record NomogramAxis(string Predictor, IReadOnlyList<string> Labels, IReadOnlyList<double> Values, IReadOnlyList<double> Points, double? Coefficient, double MinimumContribution);
