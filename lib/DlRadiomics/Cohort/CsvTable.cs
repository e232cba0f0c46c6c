using System.Text;

namespace DlRadiomics.Cohort;

/// <summary>
/// A CSV file read as text cells (RFC 4180: comma-separated, double-quoted fields may hold commas, quotes and line
/// breaks), keeping for each data row the file line it starts on so reports can point at it. Opened read-only.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string path, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Column index of <paramref name="name"/> (exact, case-sensitive), or -1.</summary>
    public int ColumnIndex(string name)
    {
        for (int c = 0; c < Header.Count; c++) if (Header[c] == name) return c;
        return -1;
    }

    /// <summary>Reads the file; a UTF-8 byte-order mark is ignored, blank lines are skipped.</summary>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new TableFormatException(path, "no such file");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var records = Parse(reader, path).ToList();
        if (records.Count == 0) throw new TableFormatException(path, "the file is empty (a header line is expected)");
        var header = records[0].Cells.Select(h => h.Trim()).ToArray();
        var rows = records.Skip(1).Select((r, n) => new CsvRow(n + 1, r.Line, r.Cells)).ToArray();
        return new CsvTable(path, header, rows);
    }

    private static IEnumerable<(int Line, string[] Cells)> Parse(TextReader reader, string path)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, startLine = 1;
        bool inQuotes = false, cellWasQuoted = false, any = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            char c = (char)ch;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); cell.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0 && !cellWasQuoted:
                    inQuotes = cellWasQuoted = any = true;
                    break;
                case ',':
                    cells.Add(cell.ToString()); cell.Clear(); cellWasQuoted = false; any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || cell.Length > 0) { cells.Add(cell.ToString()); yield return (startLine, cells.ToArray()); }
                    cells.Clear(); cell.Clear(); cellWasQuoted = false; any = false;
                    line++; startLine = line;
                    break;
                default:
                    cell.Append(c); any = true;
                    break;
            }
        }
        if (inQuotes) throw new TableFormatException(path, $"a quoted field opened on line {startLine} is never closed");
        if (any || cell.Length > 0) { cells.Add(cell.ToString()); yield return (startLine, cells.ToArray()); }
    }
}

/// <summary>One data row: <see cref="Row"/> counts data rows from 1 (header excluded), <see cref="Line"/> is the file line it starts on.</summary>
public sealed record CsvRow(int Row, int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell of column <paramref name="index"/>, or null when the row is shorter.</summary>
    public string? Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : null;
}

/// <summary>A table file could not be read as CSV.</summary>
public sealed class TableFormatException(string path, string problem) : DlRadiomicsException($"{path}: {problem}")
{
    public string FilePath { get; } = path;
}
