namespace DlRadiomics.Notebooks.Execution;

public enum CellStatus
{
    Succeeded,
    /// <summary>Compile error, unresolved directive or an exception thrown by the cell.</summary>
    Failed,
    /// <summary>Stopped by cancellation (kernel interrupt).</summary>
    Cancelled,
    /// <summary>Ran longer than <see cref="SessionOptions.CellTimeout"/>.</summary>
    TimedOut,
}
