namespace DlRadiomics.Statistics.Nomograms;

/// <summary>A tick of the risk axis: the total points at which the predicted probability equals <paramref name="Probability"/>.</summary>
public sealed record NomogramTick(double Probability, double TotalPoints);
