namespace DlRadiomics.Statistics.DecisionAnalysis;

/// <summary>One threshold probability of a decision curve.</summary>
/// <param name="Threshold">The threshold probability pt.</param>
/// <param name="TruePositives">Patients with the event and predicted probability ≥ threshold.</param>
/// <param name="FalsePositives">Patients without the event and predicted probability ≥ threshold.</param>
/// <param name="NetBenefit">TP/n − FP/n · pt/(1 − pt).</param>
/// <param name="StandardizedNetBenefit">NetBenefit / prevalence (rmda's sNB; 1 is a perfect model).</param>
/// <param name="TreatAll">prevalence − (1 − prevalence) · pt/(1 − pt). Treat-none is 0 at every threshold.</param>
public sealed record DecisionCurvePoint(
    double Threshold,
    int TruePositives,
    int FalsePositives,
    double NetBenefit,
    double StandardizedNetBenefit,
    double TreatAll);
