namespace DlRadiomics.Notebooks.Execution;

/// <summary>Members every cell can use without qualification.</summary>
public class ScriptGlobals
{
    /// <summary>Shows a value as a rich output of the running cell (HTML table, chart, image or text).</summary>
    public void display(object? value) => CellContext.Current?.Display(value);

    /// <summary>The running cell's cancellation token, for long work that can stop early.</summary>
    public CancellationToken CancellationToken => CellCancellation.Token;
}
