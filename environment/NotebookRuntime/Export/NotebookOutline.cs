using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DlRadiomics.Notebooks.Display;
using DlRadiomics.Notebooks.Notebook;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// The tables and figures of an executed notebook, in order, each captioned for a table of contents: a figure by its
/// Plotly title, a table by its own <c>&lt;caption&gt;</c>; failing those, by the last Markdown heading above it
/// (numbered when several share one heading).
/// </summary>
public static partial class NotebookOutline
{
    [GeneratedRegex(@"<table\b[\s\S]*?</table>", RegexOptions.IgnoreCase)] private static partial Regex Table();
    [GeneratedRegex(@"<caption\b[^>]*>([\s\S]*?)</caption>", RegexOptions.IgnoreCase)] private static partial Regex Caption();
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", RegexOptions.Multiline)] private static partial Regex Heading();
    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();

    public static IReadOnlyList<OutlineItem> Items(NotebookDocument notebook)
    {
        var items = new List<OutlineItem>();
        var heading = "";
        var underHeading = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = notebook.Cells.OfType<JsonObject>().ToList();
        for (var c = 0; c < cells.Count; c++)
        {
            if ((string?)cells[c]["cell_type"] == "markdown")
            {
                if (Heading().Matches(NotebookDocument.Source(cells[c])).LastOrDefault() is { } match) heading = PlainText(match.Groups[1].Value);
                continue;
            }
            int figures = 0, tables = 0, output = 0;
            foreach (var o in (cells[c]["outputs"] as JsonArray ?? []).OfType<JsonObject>())
            {
                output++;
                if (o["data"] is not JsonObject data) continue;
                if (data[MimeBundle.PlotlyJson] is JsonNode figure)
                {
                    var json = figure.ToJsonString();
                    items.Add(new OutlineItem(OutlineKind.Figure, c + 1, output, ++figures, FigureTitle(figure) ?? Numbered(heading, underHeading, "Figure"), json));
                    continue;
                }
                var html = OutputJson.ReadData(data).GetValueOrDefault(MimeBundle.Html);
                if (html is null) continue;
                foreach (Match table in Table().Matches(html))
                {
                    var caption = Caption().Match(table.Value) is { Success: true } own ? PlainText(own.Groups[1].Value) : Numbered(heading, underHeading, "Table");
                    items.Add(new OutlineItem(OutlineKind.Table, c + 1, output, ++tables, caption, table.Value));
                }
            }
        }
        return items;
    }

    private static string Numbered(string heading, Dictionary<string, int> seen, string fallback)
    {
        var key = heading.Length > 0 ? heading : fallback;
        var n = seen[key] = seen.GetValueOrDefault(key) + 1;
        return n == 1 ? key : $"{key} ({n})";
    }

    private static string? FigureTitle(JsonNode figure) => figure["layout"]?["title"] switch
    {
        JsonValue text when (string?)text is { Length: > 0 } t => PlainText(t),
        JsonObject title when (string?)title["text"] is { Length: > 0 } t => PlainText(t),
        _ => null,
    };

    private static string PlainText(string html) => WebUtility.HtmlDecode(Tag().Replace(html.Replace("<br>", " ").Replace("**", ""), "")).Trim();
}
