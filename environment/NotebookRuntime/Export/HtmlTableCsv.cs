using System.Net;
using System.Text.RegularExpressions;
using System.Text;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// An HTML table as CSV (RFC 4180): one record per <c>&lt;tr&gt;</c>, the text of each <c>&lt;th&gt;</c>/<c>&lt;td&gt;</c>
/// (tags removed, entities decoded); a cell spanning columns is followed by empty fields so columns stay aligned.
/// </summary>
public static partial class HtmlTableCsv
{
    [GeneratedRegex(@"<tr\b[^>]*>([\s\S]*?)</tr>", RegexOptions.IgnoreCase)] private static partial Regex Row();
    [GeneratedRegex(@"<t[hd]\b([^>]*)>([\s\S]*?)</t[hd]>", RegexOptions.IgnoreCase)] private static partial Regex Cell();
    [GeneratedRegex(@"colspan\s*=\s*[""']?(\d+)", RegexOptions.IgnoreCase)] private static partial Regex ColSpan();
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)] private static partial Regex LineBreak();
    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();

    public static string Convert(string tableHtml)
    {
        var csv = new StringBuilder();
        foreach (Match row in Row().Matches(tableHtml))
        {
            var fields = new List<string>();
            foreach (Match cell in Cell().Matches(row.Groups[1].Value))
            {
                fields.Add(Field(WebUtility.HtmlDecode(Tag().Replace(LineBreak().Replace(cell.Groups[2].Value, " "), "")).Trim()));
                var span = ColSpan().Match(cell.Groups[1].Value) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                for (var k = 1; k < span; k++) fields.Add("");
            }
            csv.Append(string.Join(',', fields)).Append('\n');
        }
        return csv.ToString();
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
