using DlRadiomics.Notebooks.Execution;

namespace DlRadiomics.Notebooks.Notebook;

/// <summary>An executed notebook (outputs up to and including a failing cell), the cell results and the first failure.</summary>
public sealed record NotebookRunResult(NotebookDocument Executed, IReadOnlyList<CellResult> Cells, NotebookFailure? Failure, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;
}
