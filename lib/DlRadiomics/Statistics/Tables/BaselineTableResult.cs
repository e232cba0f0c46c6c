using DlRadiomics.Tables;
namespace DlRadiomics.Statistics.Tables;

/// <summary>A baseline characteristics table in the studies' Table 2 layout.</summary>
/// <param name="Columns">Data columns after <c>variable</c> and <c>level</c>: per split <c>{split}_all</c>, <c>{split}_{group}</c>…, <c>{split}_p</c>
/// (without a split column: <c>all</c>, <c>{group}</c>…, <c>p</c>).</param>
/// <param name="Rows">Variables in order; a categorical variable has a header row with the p-values and one row per level.</param>
/// <param name="Splits">Split labels in block order (a single empty label when there is no split column).</param>
/// <param name="Groups">Group labels in column order.</param>
/// <param name="RowsWithoutGroup">Rows left out because the group or split value was missing.</param>
public sealed record BaselineTableResult(IReadOnlyList<string> Columns, IReadOnlyList<BaselineRow> Rows, IReadOnlyList<string> Splits,
    IReadOnlyList<string> Groups, int RowsWithoutGroup)
{
    /// <summary>CSV with header <c>variable,level,</c> + <see cref="Columns"/> + <c>missing</c> (rows left out for that variable, all splits together).</summary>
    public string ToCsv() => CsvText.Table(Header(), Rows.Select(Cells));

    public override string ToString() => ToText();

    /// <summary>HTML table for notebooks and reports, with the tests used and notes below it.</summary>
    public string ToHtml() =>
        TableText.Html(Header(), Rows.Select(Cells)) + "<pre>" + System.Net.WebUtility.HtmlEncode(string.Join('\n', Footer())) + "</pre>";

    /// <summary>Aligned plain text with the tests used and notes below the table.</summary>
    public string ToText() => TableText.Render(Header(), Rows.Select(Cells)) + "\n" + string.Join('\n', Footer()) + "\n";

    private List<string> Footer()
    {
        var tests = Rows.SelectMany(r => r.Tests.Select((t, s) => (r.Variable, Split: Splits[s], Test: t)))
            .Where(x => x.Test is not null).GroupBy(x => x.Test!.Test).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Split.Length > 0 ? $"{x.Variable} ({x.Split})" : x.Variable).Distinct())}");
        var lines = new List<string> { "Tests:" };
        lines.AddRange(tests.Select(t => "  " + t));
        var notes = Rows.SelectMany(r => r.Notes.Select(n => $"{r.Variable}: {n}")).Distinct().ToList();
        if (notes.Count > 0) { lines.Add("Notes:"); lines.AddRange(notes.Select(n => "  " + n)); }
        if (RowsWithoutGroup > 0) lines.Add($"{RowsWithoutGroup} row(s) without a group/split value were left out.");
        return lines;
    }

    private List<string> Header() => ["variable", "level", .. Columns, "missing"];

    private static IReadOnlyList<string> Cells(BaselineRow r)
    {
        int missing = r.Missing.Sum();
        return [r.Variable, r.Level, .. r.Cells, r.Level.Length == 0 ? missing.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""];
    }
}
