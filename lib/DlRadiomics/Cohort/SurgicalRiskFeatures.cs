using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Cohort;

/// <summary>The four feature sets of Fan et al. 2024 with the patients and outcomes of both cohorts (<see cref="SurgicalRiskSignatures.Features"/>).</summary>
/// <param name="Sources">Where each set's table is and whether it was extracted now: Rad_SAG, Rad_AXI, DL_SAG, DL_AXI.</param>
/// <param name="Sets">Each set's features by name; the radiomics sets only with their reproducible features (ICC &gt; 0.75).</param>
/// <param name="TrainingIds">Patients of the training cohort, in clinical-table order.</param>
/// <param name="TestIds">Patients of the external test cohort.</param>
/// <param name="TrainingOutcome">Surgery (0/1) of <paramref name="TrainingIds"/>.</param>
/// <param name="TestOutcome">Surgery (0/1) of <paramref name="TestIds"/>.</param>
public sealed record SurgicalRiskFeatures(IReadOnlyList<FeatureSetExtraction> Sources, IReadOnlyDictionary<string, ExtractedFeatures> Sets,
    IReadOnlyList<string> TrainingIds, IReadOnlyList<string> TestIds, IReadOnlyList<int> TrainingOutcome, IReadOnlyList<int> TestOutcome);
