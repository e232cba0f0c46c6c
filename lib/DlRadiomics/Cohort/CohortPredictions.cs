using Microsoft.Data.Analysis;

namespace DlRadiomics.Cohort;

/// <summary>Every model's predictions in one cohort, on the same patients (what paired DeLong tests need).</summary>
/// <param name="Cohort"><c>training</c> or <c>test</c>.</param>
/// <param name="Data">The cohort's patients with every factor and score (complete cases): clinical columns and one column per Rad-score.</param>
/// <param name="Outcome">Surgery (0/1) of the rows of <paramref name="Data"/>.</param>
/// <param name="Models">Each model's probabilities, in the order of <see cref="SurgicalRiskModelsResult.Models"/>.</param>
public sealed record CohortPredictions(string Cohort, DataFrame Data, IReadOnlyList<int> Outcome, IReadOnlyList<ModelPrediction> Models);
