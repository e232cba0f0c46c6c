namespace DlRadiomics.Notebooks.Export;

/// <summary>What an outline entry points at.</summary>
public enum OutlineKind
{
    Table,
    Figure,
}

/// <summary>
/// A table or figure among a notebook's outputs: where it is (1-based cell, output within the cell, and its number
/// among the cell's tables or figures), a caption, and its content (the table's HTML or the figure's Plotly JSON).
/// </summary>
public sealed record OutlineItem(OutlineKind Kind, int Cell, int Output, int Index, string Caption, string Content)
{
    /// <summary>The id of the output's element in a page of notebook <paramref name="notebook"/> (see <see cref="NotebookHtmlExporter"/>).</summary>
    public string Anchor(string notebook) => NotebookHtmlExporter.OutputId(notebook, Cell, Output);

    /// <summary>File name (without extension) of the item's standalone copy: <c>NAME-cellC-K</c> for figures, <c>NAME-cellC-tableK</c> for tables.</summary>
    public string FileName(string notebook) => Kind == OutlineKind.Figure ? $"{notebook}-cell{Cell}-{Index}" : $"{notebook}-cell{Cell}-table{Index}";
}
