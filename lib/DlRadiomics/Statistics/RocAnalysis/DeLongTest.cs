namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// DeLong's test of two correlated ROC curves (same patients, two scores), as pROC <c>roc.test(method = "delong",
/// paired = TRUE)</c>: two-sided Z test of AUC₁ − AUC₂, with a confidence interval of the difference.
/// </summary>
/// <param name="Auc1">AUC of the first curve.</param>
/// <param name="Auc2">AUC of the second curve.</param>
/// <param name="Difference">AUC₁ − AUC₂.</param>
/// <param name="StandardError">sqrt(Lᵀ S L), L = (1, −1), S the 2×2 DeLong covariance of the two AUCs.</param>
/// <param name="Z">Difference / StandardError.</param>
/// <param name="PValue">Two-sided, 2Φ(−|Z|).</param>
/// <param name="Level">Confidence level of the difference interval.</param>
/// <param name="DifferenceLower">Difference − z₁₋α/₂·SE.</param>
/// <param name="DifferenceUpper">Difference + z₁₋α/₂·SE.</param>
/// <param name="DirectionsDiffer">True when the two curves point different ways; pROC warns the test is then not meaningful.</param>
public sealed record DeLongTest(
    double Auc1,
    double Auc2,
    double Difference,
    double StandardError,
    double Z,
    double PValue,
    double Level,
    double DifferenceLower,
    double DifferenceUpper,
    bool DirectionsDiffer);

/// <summary>
/// DeLong's test of two ROC curves from different patients (e.g. training and test cohort), as pROC
/// <c>roc.test(method = "delong", paired = FALSE)</c>: D = (AUC₁ − AUC₂)/sqrt(V₁ + V₂) referred to a Student t
/// distribution with Welch–Satterthwaite degrees of freedom df = (V₁ + V₂)² / (V₁²/(N₁ − 1) + V₂²/(N₂ − 1)),
/// N the total patients of each curve.
/// </summary>
public sealed record DeLongUnpairedTest(
    double Auc1,
    double Auc2,
    double Difference,
    double StandardError,
    double D,
    double DegreesOfFreedom,
    double PValue,
    bool DirectionsDiffer);
