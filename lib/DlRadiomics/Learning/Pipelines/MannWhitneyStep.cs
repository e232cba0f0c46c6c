using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// The studies' univariate screen (<see cref="MannWhitneyScreen"/>): keeps the columns whose Mann–Whitney U test
/// between outcome 0 and 1 on the training rows has p &lt; <paramref name="Alpha"/> (tie-corrected; exact p for small
/// samples without ties).
/// </summary>
public sealed record MannWhitneyStep(double Alpha = 0.05) : IPipelineStep
{
    public string Name => "mwu";

    public IFittedStep Fit(double[][] x, IReadOnlyList<int> y)
    {
        var names = Enumerable.Range(0, x[0].Length).Select(j => $"x{j}").ToArray();
        var kept = MannWhitneyScreen.Select(x, y, names, Alpha).Select(f => f.Index).ToArray();
        return new ColumnSelection(Name, x[0].Length, kept);
    }
}
