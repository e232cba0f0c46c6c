using System.Collections;
using System.Net;
using System.Reflection;

namespace DlRadiomics.Notebooks.Display;

/// <summary>Renders a sequence of records (objects with public properties) or of scalars as an HTML table.</summary>
public static class HtmlTable
{
    private const int MaxRows = 1000;

    /// <summary>Returns the table, or null when the elements are not tabular (mixed types, strings only…).</summary>
    public static string? TryRender(IEnumerable sequence)
    {
        var rows = sequence.Cast<object?>().Take(MaxRows + 1).ToList();
        var elementType = rows.Where(r => r is not null).Select(r => r!.GetType()).Distinct().SingleOrDefault();
        if (elementType is null) return null;
        if (IsScalar(elementType))
            return Render(["value"], rows.Select(r => new[] { r }).ToList(), rows.Count > MaxRows);
        var properties = elementType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToArray();
        if (properties.Length == 0) return null;
        var cells = rows.Select(r => properties.Select(p => r is null ? null : p.GetValue(r)).ToArray()).ToList();
        return Render(properties.Select(p => p.Name).ToList(), cells, rows.Count > MaxRows);
    }

    public static string Render(IReadOnlyList<string> header, IReadOnlyList<object?[]> rows, bool truncated = false)
    {
        var html = new System.Text.StringBuilder("<table class=\"dlr-table\"><thead><tr>");
        foreach (var name in header) html.Append("<th>").Append(WebUtility.HtmlEncode(name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows.Take(MaxRows))
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(WebUtility.HtmlEncode(Formatters.PlainText(cell))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (truncated) html.Append($"<p>(first {MaxRows} rows)</p>");
        return html.ToString();
    }

    /// <summary>An HTML table from CSV text (RFC 4180 quoting; the first record is the header).</summary>
    public static string FromCsv(string csv)
    {
        var records = ParseCsv(csv);
        if (records.Count == 0) return Render([], []);
        return Render(records[0], records.Skip(1).Select(r => r.Cast<object?>().ToArray()).ToList());
    }

    private static List<List<string>> ParseCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') field.Append(csv[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }

    private static bool IsScalar(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(Guid);
}
