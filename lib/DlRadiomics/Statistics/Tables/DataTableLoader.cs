using System.Globalization;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics;

/// <summary>Reads a CSV table (header row, comma-separated, RFC 4180 quoting) into a DataFrame.</summary>
/// <remarks>
/// A column whose non-missing cells all parse as numbers (invariant culture) becomes a double column, any other a text
/// column. Empty cells and NA, NaN, nan, null, NULL, "." are missing values (null). Errors name the file, the line and
/// the column.
/// </remarks>
public static class DataTableLoader
{
    public static DataFrame Load(string path)
    {
        if (!File.Exists(path)) throw new DlRadiomicsException($"data file '{path}' does not exist.");
        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    public static DataFrame Load(TextReader text, string source)
    {
        var records = CsvRecords.Read(text, source).GetEnumerator();
        if (!records.MoveNext()) throw new DlRadiomicsException($"{source}: the file is empty; a header row is needed.");
        var header = records.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        for (int j = 0; j < header.Length; j++)
        {
            if (header[j].Length == 0) throw new DlRadiomicsException($"{source}: column {j + 1} of the header has no name.");
            int dup = Array.IndexOf(header, header[j]);
            if (dup != j) throw new DlRadiomicsException($"{source}: column name '{header[j]}' appears twice (columns {dup + 1} and {j + 1}).");
        }
        var cells = header.Select(_ => new List<string?>()).ToArray();
        while (records.MoveNext())
        {
            var (line, record) = records.Current;
            if (record.Length == 1 && record[0].Trim().Length == 0) continue;
            if (record.Length != header.Length)
                throw new DlRadiomicsException($"{source}, line {line}: {record.Length} fields but the header has {header.Length} columns.");
            for (int j = 0; j < header.Length; j++)
            {
                string v = record[j].Trim();
                cells[j].Add(FrameAccess.IsMissingToken(v) ? null : v);
            }
        }
        return new DataFrame(header.Select((name, j) => MakeColumn(name, cells[j])));
    }

    private static DataFrameColumn MakeColumn(string name, List<string?> values)
    {
        var numbers = new double?[values.Count];
        bool numeric = true;
        for (int i = 0; i < values.Count && numeric; i++)
        {
            if (values[i] is null) continue;
            numeric = double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double d);
            numbers[i] = d;
        }
        if (numeric && values.Any(v => v is not null)) return new DoubleDataFrameColumn(name, numbers);
        return new StringDataFrameColumn(name, values);
    }
}
