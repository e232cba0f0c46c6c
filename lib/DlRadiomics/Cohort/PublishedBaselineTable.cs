using System.Globalization;
using System.Text.RegularExpressions;
using DlRadiomics.Tables;

namespace DlRadiomics.Cohort;

/// <summary>The columns of a published baseline table: a cohort and a group within it (or all of the cohort).</summary>
public readonly record struct BaselineColumn(string Cohort, string Group)
{
    public const string All = "all";
    public override string ToString() => $"{Cohort}_{Group}";
}

/// <summary>One cell: either mean ± SD of a continuous variable or count (percent) of a categorical level.</summary>
public sealed record BaselineCell(double? Mean, double? StandardDeviation, int? Count, double? Percent)
{
    public bool IsContinuous => Mean is not null;
}

/// <summary>One row of the table: a continuous variable (<see cref="Level"/> null) or one level of a categorical one.</summary>
public sealed record PublishedBaselineRow(string Variable, string? Level, IReadOnlyDictionary<BaselineColumn, BaselineCell> Cells);

/// <summary>
/// A baseline-characteristics table as transcribed from a paper: CSV with columns <c>variable,level</c> and, per cohort
/// and group, <c>&lt;cohort&gt;_&lt;group&gt;</c> cells written <c>mean±SD</c> or <c>n(percent)</c> (<c>-</c>/<c>–</c> = none),
/// plus <c>&lt;cohort&gt;_p</c>. The embedded <see cref="Fan2024"/> is Table 2 of Fan et al. 2024, the calibration
/// target of <see cref="SurgicalRiskCohortGenerator"/>.
/// </summary>
public sealed class PublishedBaselineTable
{
    private static readonly Regex MeanSd = new(@"^\s*(-?[\d.]+)\s*±\s*([\d.]+)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex CountPercent = new(@"^\s*(\d+)\s*\(\s*([\d.]+)\s*\)\s*$", RegexOptions.CultureInvariant);

    private PublishedBaselineTable(IReadOnlyList<PublishedBaselineRow> rows) => Rows = rows;

    public IReadOnlyList<PublishedBaselineRow> Rows { get; }

    /// <summary>Table 2 of Fan et al. 2024 (J Multidiscip Healthc 17:2831–2845), as printed.</summary>
    public static PublishedBaselineTable Fan2024 { get; } = LoadEmbedded("fan2024_table2.csv");

    public IEnumerable<PublishedBaselineRow> RowsOf(string variable) => Rows.Where(r => r.Variable == variable);

    public BaselineCell Continuous(string variable, BaselineColumn column) =>
        Rows.Single(r => r.Variable == variable && r.Level is null).Cells[column];

    public static PublishedBaselineTable Load(string path) => Parse(CsvTable.Read(path));

    private static PublishedBaselineTable LoadEmbedded(string name)
    {
        string temp = Path.GetTempFileName();
        try
        {
            using (var resource = typeof(PublishedBaselineTable).Assembly.GetManifestResourceStream("DlRadiomics.Cohort.Calibration." + name)!)
            using (var file = File.Create(temp)) resource.CopyTo(file);
            return Load(temp);
        }
        finally { File.Delete(temp); }
    }

    private static PublishedBaselineTable Parse(CsvTable table)
    {
        int variable = table.ColumnIndex("variable"), level = table.ColumnIndex("level");
        if (variable < 0 || level < 0) throw new CsvTableException(table.Source, "a baseline table needs 'variable' and 'level' columns");
        var columns = table.ColumnNames.Select((h, i) => (h, i))
            .Where(x => x.h.Contains('_') && !x.h.EndsWith("_p", StringComparison.Ordinal))
            .Select(x => (Column: new BaselineColumn(x.h[..x.h.IndexOf('_')], x.h[(x.h.IndexOf('_') + 1)..]), Index: x.i)).ToArray();
        var rows = new List<PublishedBaselineRow>();
        foreach (var row in table.Rows)
        {
            string name = row.Cell(variable)!.Trim(), lvl = row.Cell(level)!.Trim();
            var cells = new Dictionary<BaselineColumn, BaselineCell>();
            foreach (var (column, index) in columns)
            {
                string text = (row.Cell(index) ?? "").Trim();
                if (text.Length == 0) continue;
                cells[column] = ParseCell(text, table.Source, row, column);
            }
            if (cells.Count == 0) continue; // a categorical variable's header row carries only p-values
            rows.Add(new PublishedBaselineRow(name, lvl.Length == 0 ? null : lvl, cells));
        }
        return new PublishedBaselineTable(rows);
    }

    private static BaselineCell ParseCell(string text, string path, CsvRow row, BaselineColumn column)
    {
        if (text is "-" or "–" or "—") return new BaselineCell(null, null, 0, 0);
        var m = MeanSd.Match(text);
        if (m.Success) return new BaselineCell(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), null, null);
        m = CountPercent.Match(text);
        if (m.Success) return new BaselineCell(null, null, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        throw new CsvTableException(path, $"row {row.Row} (line {row.Line}), column {column}: '{text}' is neither 'mean±SD' nor 'n(percent)'");
    }
}
