using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Cohort;

/// <summary>The compared models of Fan et al. 2024's Figures 8–10 and their predictions in both cohorts (<see cref="SurgicalRiskModels.Fit"/>).</summary>
/// <param name="ClinicalFactors">The clinical model's factors.</param>
/// <param name="Models">By name, in display order: <c>Clinic</c>, each Rad-score's logistic model, <c>Nomogram</c>; all fitted on the training cohort.</param>
/// <param name="Training">Predictions in the training cohort.</param>
/// <param name="Test">Predictions in the external test cohort, by the training fits.</param>
/// <param name="RowsDropped">Patients of the clinical table left out for a missing outcome, factor or score.</param>
public sealed record SurgicalRiskModelsResult(IReadOnlyList<string> ClinicalFactors, IReadOnlyDictionary<string, LogisticRegressionModel> Models,
    CohortPredictions Training, CohortPredictions Test, int RowsDropped)
{
    /// <summary>The nomogram's model: the clinical factors and the nomogram score.</summary>
    public LogisticRegressionModel Nomogram => Models[SurgicalRiskModels.NomogramModel];
}
