namespace DlRadiomics.Statistics.Validation;

/// <summary>Harrell's bootstrap optimism correction of the AUC.</summary>
/// <param name="ApparentAuc">AUC of the model fitted and scored on all rows.</param>
/// <param name="Optimism">Mean over replicates of BootAuc − OriginalAuc.</param>
/// <param name="CorrectedAuc">ApparentAuc − Optimism.</param>
/// <param name="ApparentScores">Scores of all rows from the model fitted on all rows.</param>
/// <param name="Replicates">Every replicate, in drawing order.</param>
/// <param name="Redrawn">Bootstrap samples discarded and redrawn because they held a single outcome class.</param>
public sealed record BootstrapOptimismResult(
    double ApparentAuc,
    double Optimism,
    double CorrectedAuc,
    double[] ApparentScores,
    IReadOnlyList<BootstrapReplicate> Replicates,
    int Redrawn);
