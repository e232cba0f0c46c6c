namespace DlRadiomics.Deep;

/// <summary>What <see cref="DeepExtraction.Run"/> did: the network used, the output read and each case's outcome.</summary>
public sealed record DeepExtractionResult(DeepModel Model, string OutputNode, IReadOnlyList<DeepCaseOutcome> Outcomes)
{
    public int Failures => Outcomes.Count(o => o.Failed);
}
