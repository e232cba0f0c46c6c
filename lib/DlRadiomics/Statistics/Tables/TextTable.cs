namespace DlRadiomics.Statistics.Tables;

/// <summary>A plain-text table with aligned columns for terminal output (first column left-aligned, others right).</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"row has {cells.Length} cells, the table {headers.Length} columns");
        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter writer)
    {
        var widths = headers.Select((h, c) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[c].Length))).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((s, c) => c == 0 ? s.PadRight(widths[c]) : s.PadLeft(widths[c]))).TrimEnd();
        writer.WriteLine(Line(headers));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var r in _rows) writer.WriteLine(Line(r));
    }
}
