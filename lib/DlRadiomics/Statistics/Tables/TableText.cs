using System.Globalization;
using System.Text;

namespace DlRadiomics.Statistics.Tables;

/// <summary>Formatting shared by the statistics tables: p-values, HTML and aligned plain-text rendering (CSV: <see cref="DlRadiomics.Tables.CsvText"/>).</summary>
public static class TableText
{
    /// <summary>"&lt;0.001" below 0.001, otherwise three decimals (as the studies' tables).</summary>
    public static string PValue(double p) => p < 0.001 ? "<0.001" : p.ToString("F3", CultureInfo.InvariantCulture);

    public static string Number(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);

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
