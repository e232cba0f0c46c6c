using System.Globalization;
using System.Text;

namespace DlRadiomics.Statistics.Tables;

/// <summary>Formatting shared by the statistics tables: p-values, HTML and aligned plain-text rendering (CSV: <see cref="DlRadiomics.Tables.CsvText"/>).</summary>
public static class TableText
{
    /// <summary>
    /// The one p-value format of every table, figure and verb: "&lt;0.001" below 0.001, otherwise three decimals, as the
    /// studies' tables print them (Fan et al. 2024, Tables 2–4; Zhang et al. 2026); "n/a" for an undefined p (NaN).
    /// </summary>
    public static string PValue(double p) => double.IsNaN(p) ? "n/a" : p < 0.001 ? "<0.001" : p.ToString("F3", CultureInfo.InvariantCulture);

    public static string Number(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>Fixed decimals (3 unless given); "n/a" for an undefined value (NaN), "+inf"/"-inf" for infinities.</summary>
    public static string Fixed(double value, int decimals = 3) =>
        double.IsNaN(value) ? "n/a" : double.IsInfinity(value) ? (value > 0 ? "+inf" : "-inf") : Number(value, decimals);

    /// <summary>An HTML table of a header and rows (cells escaped), for notebooks and reports.</summary>
    public static string Html(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder("<table class=\"dlr-table\"><thead><tr>");
        foreach (var h in header) sb.Append("<th>").Append(System.Net.WebUtility.HtmlEncode(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var r in rows)
        {
            sb.Append("<tr>");
            foreach (var c in r) sb.Append("<td>").Append(System.Net.WebUtility.HtmlEncode(c)).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>Aligned plain text (<see cref="TextTable"/>) of a header and rows.</summary>
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new TextTable(header.ToArray());
        foreach (var r in rows) table.Add(r.ToArray());
        var text = new StringWriter();
        table.Write(text);
        return text.ToString();
    }
}
