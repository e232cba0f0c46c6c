namespace DlRadiomics.Cohort;

/// <summary>One model's predicted probabilities of the outcome, one per patient of a <see cref="CohortPredictions"/>.</summary>
public sealed record ModelPrediction(string Name, IReadOnlyList<double> Probability);
