namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// Cancellation checks the engine inserts at the top of every loop body in a cell, so interrupting or timing out a
/// long loop stops it at its next iteration. Cells may also call <see cref="Check"/> themselves.
/// </summary>
public static class CellCancellation
{
    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell was interrupted or timed out.</summary>
    public static void Check() => CellContext.Current?.Cancellation.ThrowIfCancellationRequested();

    /// <summary>The running cell's cancellation token (none outside a cell).</summary>
    public static CancellationToken Token => CellContext.Current?.Cancellation ?? CancellationToken.None;
}
