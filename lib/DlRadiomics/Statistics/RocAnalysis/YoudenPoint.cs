namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// The ROC point maximising Youden's J = sensitivity + specificity − 1 (pROC <c>coords(x = "best",
/// best.method = "youden")</c> with the default weights).
/// </summary>
/// <param name="Threshold">The chosen threshold: the first of <paramref name="TiedThresholds"/> (the most sensitive).</param>
/// <param name="Sensitivity">Sensitivity at the chosen threshold.</param>
/// <param name="Specificity">Specificity at the chosen threshold.</param>
/// <param name="YoudenIndex">J = sensitivity + specificity − 1.</param>
/// <param name="TiedThresholds">Every threshold reaching the same maximum, in curve order (pROC returns all of them).</param>
public sealed record YoudenPoint(
    double Threshold,
    double Sensitivity,
    double Specificity,
    double YoudenIndex,
    IReadOnlyList<double> TiedThresholds);
