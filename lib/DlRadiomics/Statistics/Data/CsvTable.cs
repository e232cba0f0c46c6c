using System.Globalization;

namespace DlRadiomics.Statistics;

/// <summary>
/// A comma-separated table (RFC 4180, read by <see cref="CsvRecords"/>) held as text columns, with typed access to
/// numeric and 0/1 columns; messages name the file line of the offending cell.
/// </summary>
/// <remarks>
/// Missing cells (<see cref="FrameAccess.IsMissingToken"/>: empty, NA, NaN, null, ".") become NaN in <see cref="Numbers"/> so the caller decides
/// between listwise deletion and an error (<see cref="MissingRows"/>); any other non-numeric text is an error.
/// </remarks>
public sealed class CsvTable
{
    private readonly Dictionary<string, string[]> _columns;
    private readonly int[] _lines;

    private CsvTable(string source, IReadOnlyList<string> names, Dictionary<string, string[]> columns, int[] lines)
    {
        Source = source;
        ColumnNames = names;
        _columns = columns;
        _lines = lines;
    }

    /// <summary>Where the table came from (the file path), used in messages.</summary>
    public string Source { get; }
    public IReadOnlyList<string> ColumnNames { get; }
    public int RowCount => _lines.Length;

    /// <exception cref="CsvTableException">The file is missing, empty, has duplicate headers or ragged rows.</exception>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new CsvTableException(path, "no such file");
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static CsvTable Read(TextReader reader, string source)
    {
        using var records = CsvRecords.Read(reader, source).GetEnumerator();
        if (!records.MoveNext() || records.Current.Fields is [] or [""])
            throw new CsvTableException(source, "the file is empty; expected a header row with column names");
        var names = records.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CsvTableException(source, $"column '{duplicate.Key}' appears more than once in the header");
        var cells = names.Select(_ => new List<string>()).ToArray();
        var lines = new List<int>();
        while (records.MoveNext())
        {
            var (line, record) = records.Current;
            if (record is [var only] && string.IsNullOrWhiteSpace(only)) continue;
            if (record.Length != names.Length)
                throw new CsvTableException(source, $"line {line} has {record.Length} fields but the header has {names.Length}");
            for (int c = 0; c < names.Length; c++) cells[c].Add(record[c].Trim());
            lines.Add(line);
        }
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (int c = 0; c < names.Length; c++) columns[names[c]] = cells[c].ToArray();
        return new CsvTable(source, names, columns, lines.ToArray());
    }

    /// <summary>The file line on which data row <paramref name="row"/> (0-based) starts, for messages.</summary>
    public int LineOf(int row) => _lines[row];

    /// <summary>The raw text of a column.</summary>
    public IReadOnlyList<string> Text(string column) => Column(column);

    /// <summary>A numeric column; missing cells are NaN, any other non-number is an error naming row and value.</summary>
    public double[] Numbers(string column)
    {
        var text = Column(column);
        var values = new double[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (FrameAccess.IsMissingToken(text[i])) { values[i] = double.NaN; continue; }
            if (!double.TryParse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                throw new CsvTableException(Source, $"line {_lines[i]}, column '{column}': '{text[i]}' is not a number");
        }
        return values;
    }

    /// <summary>
    /// A 0/1 outcome column (also accepting <c>true</c>/<c>false</c>); missing cells are −1 so callers can drop them.
    /// Any other value is an error naming the row.
    /// </summary>
    public int[] Binary(string column)
    {
        var text = Column(column);
        var values = new int[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            values[i] = text[i].ToLowerInvariant() switch
            {
                "1" or "1.0" or "true" => 1,
                "0" or "0.0" or "false" => 0,
                _ when FrameAccess.IsMissingToken(text[i]) => -1,
                _ => throw new CsvTableException(Source, $"line {_lines[i]}, column '{column}': '{text[i]}' is not a 0/1 outcome; code events as 1 and non-events as 0"),
            };
        }
        return values;
    }

    /// <summary>Indices (0-based data rows) where any of the named columns is missing.</summary>
    public IReadOnlyList<int> MissingRows(params string[] columns)
    {
        var missing = new SortedSet<int>();
        foreach (var c in columns)
        {
            var text = Column(c);
            for (int i = 0; i < text.Length; i++)
                if (FrameAccess.IsMissingToken(text[i])) missing.Add(i);
        }
        return missing.ToArray();
    }

    private string[] Column(string name) =>
        _columns.TryGetValue(name, out var values) ? values
        : throw new CsvTableException(Source, $"no column '{name}'; the columns are: {string.Join(", ", ColumnNames)}");
}
