namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// Feature-level fusion as a step (Fan et al. 2024's DLR): the input rows are blocks of columns side by side (the
/// feature sets of the same patients); each block's own steps (screen, redundancy, LASSO, PCA) are fitted on its
/// columns alone, and the blocks' outputs are joined side by side. Inside a cross-validation every block's selection
/// is then refitted on each training fold, which the fusion of signatures selected on all rows cannot do.
/// </summary>
/// <remarks>A block whose selection keeps no column contributes none; when no block keeps one, the step's output has
/// no column and the pipeline is the null model.</remarks>
/// <param name="Blocks">The blocks, in the order of the input columns.</param>
public sealed record FusionStep(IReadOnlyList<FusionBlock> Blocks) : IPipelineStep
{
    public string Name => "fusion";

    /// <exception cref="LearnerInputException">No block, a block without columns, or rows whose width is not the blocks' total.</exception>
    public IFittedStep Fit(double[][] x, IReadOnlyList<int> y) => Fit(x, y, null);

    /// <summary><see cref="Fit(double[][], IReadOnlyList{int})"/>, each block's steps taken from <paramref name="cache"/> when their feature set fitted them on the same rows.</summary>
    internal IFittedStep Fit(double[][] x, IReadOnlyList<int> y, StepFitCache? cache)
    {
        if (Blocks is null || Blocks.Count == 0) throw new LearnerInputException("fusion: no blocks given; give one block per feature set");
        if (Blocks.FirstOrDefault(b => b.Width < 1) is { } empty) throw new LearnerInputException($"fusion: block '{empty.Name}' has width {empty.Width}; a block needs at least one column");
        int total = Blocks.Sum(b => b.Width);
        if (x[0].Length != total)
            throw new LearnerInputException($"fusion: the rows have {x[0].Length} columns but the blocks ({string.Join(", ", Blocks.Select(b => $"{b.Name} {b.Width}"))}) add up to {total}");
        var fitted = new List<FittedFusionBlock>(Blocks.Count);
        int offset = 0;
        foreach (var block in Blocks)
        {
            var z = FittedFusionBlock.Slice(x, offset, block.Width);
            var steps = new List<IFittedStep>(block.Steps.Count);
            foreach (var step in block.Steps)
            {
                var f = cache is null ? step.Fit(z, y) : cache.Fit(step, z, y);
                steps.Add(f);
                if (f.OutputCount == 0) break;
                z = f.Transform(z);
            }
            fitted.Add(new FittedFusionBlock(block.Name, offset, block.Width, steps));
            offset += block.Width;
        }
        return new FittedFusion(total, fitted);
    }

    public override string ToString() => $"FusionStep {{ {string.Join("; ", Blocks)} }}";
}
