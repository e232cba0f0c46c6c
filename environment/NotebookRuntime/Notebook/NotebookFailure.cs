namespace DlRadiomics.Notebooks.Notebook;

/// <summary>The first failing cell of a notebook run.</summary>
/// <param name="Notebook">Path of the source notebook.</param>
/// <param name="CellNumber">1-based position of the cell among all cells.</param>
public sealed record NotebookFailure(string Notebook, int CellNumber, string CellId, string ErrorName, string Message)
{
    public override string ToString() => $"{Notebook}: cell {CellNumber} (id {CellId}) failed: {ErrorName}: {Message}";
}
