using System.Globalization;
using System.Text;

namespace DlRadiomics.Tables;

/// <summary>
/// A CSV file (read by <see cref="CsvRecordReader"/>) held as text: rows as written, each with the file line it starts
/// on, and typed column access whose errors name the file line of the offending cell.
/// </summary>
/// <remarks>
/// <see cref="Read(string)"/> keeps rows as they are, even when their length differs from the header's, so a
/// validator can report every problem; <see cref="EnsureRectangular"/> refuses duplicate headers and ragged rows for
/// callers that need a proper column table. Column access (<see cref="Text"/>, <see cref="Numbers"/>,
/// <see cref="Binary(string, string?)"/>) trims cells; missing cells (<see cref="MissingValue.IsToken"/>) become NaN in
/// <see cref="Numbers"/> so the caller decides between listwise deletion and an error (<see cref="MissingRows"/>).
/// </remarks>
public sealed class CsvTable
{
    private readonly Dictionary<int, string[]> _trimmedColumns = [];

    private CsvTable(string source, IReadOnlyList<string> columnNames, IReadOnlyList<CsvRow> rows)
    {
        Source = source;
        ColumnNames = columnNames;
        Rows = rows;
    }

    /// <summary>Where the table came from (the file path), used in messages.</summary>
    public string Source { get; }

    /// <summary>The header cells, trimmed.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public int RowCount => Rows.Count;

    /// <summary>Reads the file, opened read-only and shared; a UTF-8 byte-order mark is ignored, blank lines are skipped.</summary>
    /// <exception cref="CsvTableException">The file is missing or empty, or a quoted field is never closed.</exception>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new CsvTableException(path, "no such file");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <inheritdoc cref="Read(string)"/>
    public static CsvTable Read(TextReader reader, string source)
    {
        using var records = CsvRecordReader.Read(reader, source).GetEnumerator();
        if (!records.MoveNext())
            throw new CsvTableException(source, "the file is empty; expected a header row with column names");
        var names = records.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var rows = new List<CsvRow>();
        while (records.MoveNext()) rows.Add(new CsvRow(rows.Count + 1, records.Current.Line, records.Current.Fields));
        return new CsvTable(source, names, rows);
    }

    /// <summary>This table, after checking that column names are unique and every row has one cell per column.</summary>
    /// <exception cref="CsvTableException">A column name repeats, or a row is shorter or longer than the header.</exception>
    public CsvTable EnsureRectangular()
    {
        var duplicate = ColumnNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CsvTableException(Source, $"column '{duplicate.Key}' appears more than once in the header");
        foreach (var row in Rows.Where(r => r.Cells.Count != ColumnNames.Count))
            throw new CsvTableException(Source, row.Line, $"the row has {row.Cells.Count} fields but the header has {ColumnNames.Count}{SeparatorHint}");
        return this;
    }

    /// <summary>A hint for a table whose whole header is one cell holding semicolons or tabs (a non-comma export).</summary>
    private string SeparatorHint =>
        ColumnNames.Count == 1 && ColumnNames[0].IndexOfAny([';', '\t']) >= 0
            ? $"; the header '{ColumnNames[0]}' looks {(ColumnNames[0].Contains(';') ? "semicolon" : "tab")}-separated: save the table comma-separated (CSV, with '.' as the decimal mark)"
            : "";

    /// <summary>Column index of <paramref name="name"/> (exact, case-sensitive), or -1.</summary>
    public int ColumnIndex(string name)
    {
        for (int c = 0; c < ColumnNames.Count; c++) if (ColumnNames[c] == name) return c;
        return -1;
    }

    /// <summary>The file line on which data row <paramref name="row"/> (0-based) starts, for messages.</summary>
    public int LineOf(int row) => Rows[row].Line;

    /// <summary>The trimmed text of a column; a row shorter than the header gives an empty (missing) cell.</summary>
    public IReadOnlyList<string> Text(string column)
    {
        int index = ColumnIndex(column);
        if (index < 0) throw new CsvTableException(Source, $"no column '{column}'; the columns are: {string.Join(", ", ColumnNames)}{SeparatorHint}");
        lock (_trimmedColumns)
        {
            if (!_trimmedColumns.TryGetValue(index, out var text))
                _trimmedColumns[index] = text = Rows.Select(r => (r.Cell(index) ?? "").Trim()).ToArray();
            return text;
        }
    }

    /// <summary>A numeric column; missing cells are NaN, any other non-number is an error naming line and value.</summary>
    public double[] Numbers(string column)
    {
        var text = Text(column);
        var values = new double[text.Count];
        for (int i = 0; i < text.Count; i++)
        {
            if (MissingValue.IsToken(text[i])) { values[i] = double.NaN; continue; }
            if (!double.TryParse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                throw new CsvTableException(Source, LineOf(i), column, $"'{text[i]}' is not a number");
        }
        return values;
    }

    /// <summary>
    /// A 0/1 outcome column (also accepting <c>true</c>/<c>false</c>); missing cells are −1 so callers can drop them.
    /// Any other value is an error naming the line.
    /// </summary>
    public int[] Binary(string column) => Binary(column, positive: null).Values;

    /// <summary>
    /// A two-class outcome column coded 1 for the event and 0 otherwise by <see cref="BinaryOutcomeRule"/>; missing
    /// cells are −1 so callers can drop them. Without <paramref name="positive"/>: 0/1 (or <c>true</c>/<c>false</c>) as
    /// written, or a text column with exactly two values, the second of them in sort order being the event (R's factor
    /// rule, as pROC and <c>glm</c> read it: "Good"/"Poor" → "Poor"). With <paramref name="positive"/>: that value is
    /// the event and the column must hold exactly one other.
    /// </summary>
    /// <exception cref="CsvTableException">More or fewer than two classes, a numeric coding other than 0/1 without
    /// <paramref name="positive"/>, or <paramref name="positive"/> not among the values; the message names the line.</exception>
    public BinaryColumn Binary(string column, string? positive)
    {
        var text = Text(column);
        var cells = text.Select(t => MissingValue.IsToken(t) ? null : t).ToArray();
        return BinaryOutcomeRule.Code(cells, positive, out var problem, out int at)
            ?? throw new CsvTableException(Source, at >= 0 ? LineOf(at) : Rows.Count > 0 ? LineOf(0) : 1, column, problem);
    }

    /// <summary>Indices (0-based data rows) where any of the named columns is missing.</summary>
    public IReadOnlyList<int> MissingRows(params string[] columns)
    {
        var missing = new SortedSet<int>();
        foreach (var c in columns)
        {
            var text = Text(c);
            for (int i = 0; i < text.Count; i++)
                if (MissingValue.IsToken(text[i])) missing.Add(i);
        }
        return missing.ToArray();
    }
}
