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

    private static bool IsScalar(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(Guid);
}
