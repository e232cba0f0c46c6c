namespace DlRadiomics.Notebooks.Execution;

/// <summary>What one executed cell produced, outputs in the order they happened.</summary>
public sealed record CellResult(int ExecutionCount, CellStatus Status, IReadOnlyList<CellOutput> Outputs, TimeSpan Elapsed)
{
    public bool Succeeded => Status == CellStatus.Succeeded;

    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().LastOrDefault();

    /// <summary>All stdout text of the cell.</summary>
    public string StandardOutput => string.Concat(Outputs.OfType<StreamOutput>().Where(s => s.Name == "stdout").Select(s => s.Text));

    public string StandardError => string.Concat(Outputs.OfType<StreamOutput>().Where(s => s.Name == "stderr").Select(s => s.Text));
}
