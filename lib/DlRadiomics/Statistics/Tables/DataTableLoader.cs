using System.Globalization;
using DlRadiomics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Tables;

/// <summary>Reads a CSV table (header row, comma-separated, RFC 4180 quoting, via <see cref="CsvTable"/>) into a DataFrame.</summary>
/// <remarks>
/// A column whose non-missing cells all parse as numbers (invariant culture) becomes a double column, any other a text
/// column. Empty cells and NA, NaN, nan, null, NULL, "." are missing values (null). Errors name the file, the row and
/// the column.
/// </remarks>
public static class DataTableLoader
{
    /// <exception cref="CsvTableException">The file is missing, empty, has duplicate headers or ragged rows.</exception>
    public static DataFrame Load(string path) => ToDataFrame(CsvTable.Read(path).EnsureRectangular());

    public static DataFrame Load(TextReader text, string source) => ToDataFrame(CsvTable.Read(text, source).EnsureRectangular());

    private static DataFrame ToDataFrame(CsvTable table) =>
        new(table.ColumnNames.Select(name => MakeColumn(name, table.Text(name).Select(v => MissingValue.IsToken(v) ? null : v).ToList())));

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
