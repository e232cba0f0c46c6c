using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text;
using DlRadiomics.Notebooks.Display;
using DlRadiomics.Notebooks.Notebook;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// Renders an executed notebook as one self-contained HTML page: code, Markdown, outputs, and Plotly figures drawn
/// from their <c>application/vnd.plotly.v1+json</c> data with plotly.js embedded once in the page head.
/// </summary>
public static partial class NotebookHtmlExporter
{
    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")] private static partial Regex AnsiEscape();

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
        pre{background:#f6f8fa;padding:.6em .8em;overflow-x:auto;border-radius:4px;font-size:13px}
        .cell{margin:1em 0}.prompt{color:#888;font:12px monospace}.stderr{background:#fff5e6}.error{background:#fdecea;color:#a00}
        table{border-collapse:collapse;margin:.5em 0;font-size:13px}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
        th{background:#f0f0f0}.output img{max-width:100%}.plotly-figure{width:100%}
        """;

    public static string Export(NotebookDocument notebook, string title, string? plotlyScript)
    {
        var body = Body(notebook, title, plotlyScript is not null, collapseCode: false, out var usesPlotly);
        var head = new StringBuilder($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title><style>{Style}</style>\n");
        if (usesPlotly) head.Append(PlotlyScriptTag(plotlyScript!));
        return head + "</head><body>\n" + body + "</body></html>\n";
    }

    /// <summary>The page style, for pages that embed notebook bodies.</summary>
    public static string PageStyle => Style;

    /// <summary>
    /// The notebook's cells as HTML (no page head). Each output is a <c>div</c> with id <see cref="OutputId"/>, so a
    /// table of contents can link to it; figure ids start with <paramref name="name"/>, so several bodies fit one page.
    /// </summary>
    public static string Body(NotebookDocument notebook, string name, bool drawPlotly, bool collapseCode, out bool usesPlotly)
    {
        var body = new StringBuilder();
        var figures = 0;
        usesPlotly = false;
        var cellNumber = 0;
        foreach (var cell in notebook.Cells.OfType<JsonObject>())
        {
            cellNumber++;
            var source = NotebookDocument.Source(cell);
            switch ((string?)cell["cell_type"])
            {
                case "markdown":
                    body.Append("<div class=\"cell markdown\">").Append(MarkdownRenderer.ToHtml(source)).Append("</div>\n");
                    break;
                case "code":
                    var count = cell["execution_count"]?.ToString() ?? " ";
                    var code = $"<pre><code>{WebUtility.HtmlEncode(source)}</code></pre>";
                    body.Append("<div class=\"cell code\">")
                        .Append(collapseCode ? $"<details><summary class=\"prompt\">In [{count}]</summary>{code}</details>\n" : $"<div class=\"prompt\">In [{count}]:</div>{code}\n");
                    var output = 0;
                    foreach (var o in (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>())
                        body.Append(RenderOutput(o, OutputId(name, cellNumber, ++output), name, drawPlotly, ref figures, ref usesPlotly));
                    body.Append("</div>\n");
                    break;
                default:
                    body.Append("<pre>").Append(WebUtility.HtmlEncode(source)).Append("</pre>\n");
                    break;
            }
        }
        return body.ToString();
    }

    /// <summary>The element id of output <paramref name="output"/> (1-based) of cell <paramref name="cell"/> (1-based) of notebook <paramref name="name"/>.</summary>
    public static string OutputId(string name, int cell, int output) => $"{IdSafe(name)}-c{cell}-o{output}";

    /// <summary>The notebook name as an HTML id: ASCII letters, digits, - and _ kept, anything else as -.</summary>
    public static string IdSafe(string name) => string.Concat(name.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-'));

    /// <summary>A page showing one Plotly figure full-window; plotly.js is loaded from <paramref name="plotlyScriptTag"/>.</summary>
    public static string FigurePage(string figureJson, string title, string plotlyScriptTag) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>{plotlyScriptTag}" +
        "<style>html,body{margin:0}</style></head><body>\n" +
        PlotlyDiv("figure", figureJson) + "</body></html>\n";

    /// <summary>An inline script element carrying plotly.js, safe to place in pages that also use RequireJS.</summary>
    public static string PlotlyScriptTag(string plotlyScript) =>
        "<script>window.__dlrDefine = window.define; window.define = undefined;</script>\n<script>" + plotlyScript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) +
        "</script>\n<script>window.define = window.__dlrDefine;</script>\n";

    public static string PlotlyDiv(string id, string figureJson) =>
        $"<div id=\"{id}\" class=\"plotly-figure\"></div>\n<script>(function(){{var f={ScriptSafe(figureJson)};" +
        $"Plotly.newPlot('{id}', f.data || [], f.layout || {{}}, Object.assign({{responsive: true}}, f.config || {{}}));}})();</script>\n";

    /// <summary>Figures of a notebook in order: (1-based cell number, index within the cell, figure JSON).</summary>
    public static IEnumerable<(int Cell, int Index, string FigureJson)> Figures(NotebookDocument notebook)
    {
        var cells = notebook.Cells.OfType<JsonObject>().ToList();
        for (var c = 0; c < cells.Count; c++)
        {
            var index = 0;
            foreach (var output in (cells[c]["outputs"] as JsonArray ?? []).OfType<JsonObject>())
                if (output["data"]?[MimeBundle.PlotlyJson] is JsonNode figure)
                    yield return (c + 1, ++index, figure.ToJsonString());
        }
    }

    private static string RenderOutput(JsonObject output, string id, string name, bool drawPlotly, ref int figures, ref bool usesPlotly)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                var stream = (string?)output["name"] ?? "stdout";
                return $"<pre class=\"output {stream}\" id=\"{id}\">{WebUtility.HtmlEncode(Text(output["text"]))}</pre>\n";
            case "error":
                var traceback = string.Join("\n", (output["traceback"] as JsonArray ?? []).Select(t => AnsiEscape().Replace((string?)t ?? "", "")));
                var shown = traceback.Length > 0 ? traceback : $"{output["ename"]}: {output["evalue"]}";
                return $"<pre class=\"output error\" id=\"{id}\">{WebUtility.HtmlEncode(shown)}</pre>\n";
            case "display_data" or "execute_result":
                var data = OutputJson.ReadData(output["data"] as JsonObject);
                var prompt = (string?)output["output_type"] == "execute_result" ? $"<div class=\"prompt\">Out[{output["execution_count"]}]:</div>" : "";
                return $"{prompt}<div class=\"output\" id=\"{id}\">{RenderData(data, name, drawPlotly, ref figures, ref usesPlotly)}</div>\n";
            default:
                return "";
        }
    }

    private static string RenderData(IReadOnlyDictionary<string, string> data, string name, bool drawPlotly, ref int figures, ref bool usesPlotly)
    {
        if (drawPlotly && data.TryGetValue(MimeBundle.PlotlyJson, out var figure))
        {
            usesPlotly = true;
            return PlotlyDiv($"{IdSafe(name)}-figure-{++figures}", figure);
        }
        if (data.TryGetValue(MimeBundle.Html, out var html)) return html;
        if (data.TryGetValue(MimeBundle.Svg, out var svg)) return svg;
        if (data.TryGetValue(MimeBundle.Png, out var png)) return $"<img src=\"data:image/png;base64,{png.Trim()}\">";
        return $"<pre>{WebUtility.HtmlEncode(data.GetValueOrDefault(MimeBundle.PlainText, ""))}</pre>";
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };

    private static string ScriptSafe(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);
}
