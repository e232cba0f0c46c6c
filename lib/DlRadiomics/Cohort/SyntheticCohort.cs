using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using DlRadiomics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>
/// A generated cohort: the table as the schema describes it (missing values as nulls), the complete per-patient truth
/// the images are drawn from, and the schema. Columns are kept as typed arrays in schema order.
/// </summary>
public sealed class SyntheticCohort
{
    private readonly IReadOnlyDictionary<string, Array> _columns;

    internal SyntheticCohort(TableSchema schema, IReadOnlyDictionary<string, Array> columns, IReadOnlyList<PatientTraits> patients)
    {
        foreach (var field in schema.Fields)
            if (!columns.ContainsKey(field.Name)) throw new ArgumentException($"column '{field.Name}' of schema '{schema.Name}' was not generated", nameof(columns));
        Schema = schema;
        _columns = columns;
        Patients = patients;
    }

    public TableSchema Schema { get; }

    public IReadOnlyList<PatientTraits> Patients { get; }

    public int Count => Patients.Count;

    /// <summary>A numeric column (integer or number field); null entries are missing values.</summary>
    public IReadOnlyList<double?> Numbers(string column) => (double?[])_columns[column];

    /// <summary>A text column (string field); null entries are missing values.</summary>
    public IReadOnlyList<string?> Texts(string column) => (string?[])_columns[column];

    /// <summary>The table as a Microsoft.Data.Analysis DataFrame: integer fields as Int32, numbers as Double, strings as String columns.</summary>
    public DataFrame ToDataFrame() => new(Schema.Fields.Select(f => (DataFrameColumn)(f.Type switch
    {
        FieldType.Integer => new Int32DataFrameColumn(f.Name, Numbers(f.Name).Select(v => v is null ? (int?)null : (int)v.Value)),
        FieldType.Number => new DoubleDataFrameColumn(f.Name, Numbers(f.Name)),
        _ => new StringDataFrameColumn(f.Name, Texts(f.Name)),
    })));

    /// <summary>Writes the table as UTF-8 CSV (invariant culture, empty cells for missing values) conforming to <see cref="Schema"/>.</summary>
    public void WriteCsv(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var sb = new StringBuilder();
        sb.AppendJoin(',', Schema.Fields.Select(f => CsvText.Field(f.Name))).Append('\n');
        var columns = Schema.Fields.Select(f => _columns[f.Name]).ToArray();
        for (int i = 0; i < Count; i++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                if (c > 0) sb.Append(',');
                sb.Append(columns[c] switch
                {
                    double?[] d => d[i] is { } v ? v.ToString("G", CultureInfo.InvariantCulture) : "",
                    string?[] s => CsvText.Field(s[i] ?? ""),
                    _ => throw new InvalidOperationException(),
                });
            }
            sb.Append('\n');
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
