namespace DlRadiomics.Tables;

/// <summary>One data row: <see cref="Row"/> counts data rows from 1 (header excluded), <see cref="Line"/> is the file line it starts on.</summary>
public sealed record CsvRow(int Row, int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell of column <paramref name="index"/> as written, or null when the row is shorter.</summary>
    public string? Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : null;
}
