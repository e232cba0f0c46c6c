using DlRadiomics.Statistics.Regression;

namespace DlRadiomics.Cohort;

/// <summary>How <see cref="StudyFeatureSets"/> builds the six feature sets and the steps each is selected by.</summary>
/// <param name="Components">Principal components of the deep features before their screen (32 in Fan et al. 2024).</param>
/// <param name="LassoFolds">Inner folds of every LASSO (10 in the paper).</param>
/// <param name="Alpha">Mann–Whitney screen level (0.05).</param>
/// <param name="Correlation">Spearman |ρ| above which one of two features is removed (0.9).</param>
/// <param name="Outcome">The clinical table's 0/1 outcome column.</param>
/// <param name="Design">Coding of the clinical predictors (factors, reference levels); <see cref="SurgicalRiskClinicalModel.Design"/> (MSU against class 2A, as in Table 3) when null.</param>
/// <param name="MinimumLevelCount">Events and non-events a factor level needs, when the clinical factors are selected anew (notebook 02's parameter).</param>
public sealed record StudyFeatureSetOptions(
    int Components = 32,
    int LassoFolds = 10,
    double Alpha = 0.05,
    double Correlation = 0.9,
    string Outcome = SurgicalRiskClinicalModel.Outcome,
    DesignOptions? Design = null,
    int MinimumLevelCount = 5);
