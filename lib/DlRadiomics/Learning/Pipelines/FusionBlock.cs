namespace DlRadiomics.Learning.Pipelines;

/// <summary>One block of a <see cref="FusionStep"/>: consecutive input columns and the steps fitted on them alone.</summary>
/// <param name="Name">The block's name (the feature set it came from: <c>Rad_SAG</c>).</param>
/// <param name="Width">Its number of input columns; blocks follow each other in the input rows.</param>
/// <param name="Steps">Steps fitted on the block's columns, in order.</param>
public sealed record FusionBlock(string Name, int Width, IReadOnlyList<IPipelineStep> Steps)
{
    public override string ToString() => $"{Name} ({Width}): {Pipeline.Describe(Steps)}";
}
