using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Cohort;

/// <summary>Settings of <see cref="SurgicalRiskModels.Fit"/>.</summary>
/// <param name="NomogramScore">The Rad-score joined with the clinical factors in the nomogram (the paper: DLR).</param>
/// <param name="MinimumLevelCount">Least events and non-events a factor level needs before Firth's penalty is used (<see cref="ClinicalSelection.FitModel"/>).</param>
public sealed record SurgicalRiskModelsOptions(string NomogramScore = SurgicalRiskSignatures.Fused, int MinimumLevelCount = 5);
