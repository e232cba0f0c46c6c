namespace DlRadiomics.Statistics.Validation;

/// <summary>One bootstrap replicate of Harrell's optimism estimate.</summary>
/// <param name="Sample">Row indices drawn with replacement (the training sample).</param>
/// <param name="BootAuc">AUC of the replicate's model on its own bootstrap sample.</param>
/// <param name="OriginalAuc">AUC of the replicate's model on the original rows.</param>
/// <param name="OriginalScores">Scores of the original rows from the replicate's model, for curves.</param>
public sealed record BootstrapReplicate(int[] Sample, double BootAuc, double OriginalAuc, double[] OriginalScores)
{
    public double Optimism => BootAuc - OriginalAuc;
}
