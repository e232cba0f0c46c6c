using System.Globalization;
using System.Net;
using System.Text;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// The series report: one offline page holding every executed notebook (Markdown, outputs, code folded away) after a
/// table of contents that links each notebook and each of its tables and figures, with the standalone copies beside
/// them (figure HTML and PNG, table CSV, executed notebook and its own page). plotly.js is embedded once.
/// </summary>
public static class ReportIndex
{
    private const string ReportStyle = """
        nav ol{padding-left:1.4em}nav li{margin:2px 0}nav .files a{color:#666;font-size:12px;margin-left:.5em}
        .failed{color:#a00}.summary{font-size:15px}section.notebook{border-top:3px solid #ddd;margin-top:3em}
        """;

    public static void Write(string path, string title, IReadOnlyList<WrittenNotebook> notebooks, IReadOnlyList<string> notRun, string? plotlyScript = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string Href(string target) => WebUtility.HtmlEncode(Path.GetRelativePath(folder, target).Replace('\\', '/'));
        string Link(string target, string text) => $"<a href=\"{Href(target)}\">{WebUtility.HtmlEncode(text)}</a>";

        var contents = new StringBuilder("<nav><h2>Contents</h2>\n<ol>\n");
        var sections = new StringBuilder();
        var usesPlotly = false;
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook.Source);
            var status = notebook.Failure is null ? "" : $" <span class=\"failed\">failed at cell {notebook.Failure.CellNumber}: {WebUtility.HtmlEncode(notebook.Failure.ErrorName)}: {WebUtility.HtmlEncode(notebook.Failure.Message)}</span>";
            contents.Append($"<li><a href=\"#{Section(name)}\">{WebUtility.HtmlEncode(name)}</a> ({Seconds(notebook.Elapsed)}){status}")
                .Append($"<span class=\"files\">{Link(notebook.Html, "page")} {Link(notebook.Notebook, "ipynb")}</span>\n<ol>\n");
            foreach (var item in notebook.Outline)
            {
                var kind = item.Kind == OutlineKind.Figure ? "Figure" : "Table";
                var files = notebook.Figures.Concat(notebook.Tables)
                    .Where(f => Path.GetFileNameWithoutExtension(f) == item.FileName(name))
                    .Select(f => Link(f, Path.GetExtension(f).TrimStart('.').ToUpperInvariant()));
                contents.Append($"<li>{kind}: <a href=\"#{item.Anchor(name)}\">{WebUtility.HtmlEncode(item.Caption)}</a><span class=\"files\">{string.Join(" ", files)}</span></li>\n");
            }
            contents.Append("</ol></li>\n");
            if (notebook.Executed is { } executed)
            {
                sections.Append($"<section class=\"notebook\" id=\"{Section(name)}\"><h1>{WebUtility.HtmlEncode(name)}</h1>\n")
                    .Append(NotebookHtmlExporter.Body(executed, name, plotlyScript is not null, collapseCode: true, out var drew))
                    .Append("</section>\n");
                usesPlotly |= drew;
            }
        }
        foreach (var skipped in notRun)
            contents.Append($"<li>{WebUtility.HtmlEncode(Path.GetFileNameWithoutExtension(skipped))} <span class=\"failed\">not run (an earlier notebook failed)</span></li>\n");
        contents.Append("</ol></nav>\n");

        var html = new StringBuilder($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>")
            .Append($"<style>{NotebookHtmlExporter.PageStyle}{ReportStyle}</style>\n");
        if (usesPlotly) html.Append(NotebookHtmlExporter.PlotlyScriptTag(plotlyScript!));
        html.Append($"</head><body>\n<h1>{WebUtility.HtmlEncode(title)}</h1>\n")
            .Append($"<p class=\"summary\">{WebUtility.HtmlEncode(Summary(notebooks, notRun))}. Generated {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.</p>\n")
            .Append(contents).Append(sections).Append("</body></html>\n");
        File.WriteAllText(path, html.ToString());
    }

    /// <summary>One line: notebooks run and failed, tables and figures written, total time.</summary>
    public static string Summary(IReadOnlyList<WrittenNotebook> notebooks, IReadOnlyList<string> notRun)
    {
        var failed = notebooks.Count(n => n.Failure is not null);
        var tables = notebooks.Sum(n => n.Outline.Count(i => i.Kind == OutlineKind.Table));
        var figures = notebooks.Sum(n => n.Outline.Count(i => i.Kind == OutlineKind.Figure));
        var time = TimeSpan.FromTicks(notebooks.Sum(n => n.Elapsed.Ticks));
        return $"{notebooks.Count - failed} of {notebooks.Count + notRun.Count} notebooks ran" +
               (failed > 0 ? $", {failed} failed" : "") + (notRun.Count > 0 ? $", {notRun.Count} not run" : "") +
               $"; {tables} tables, {figures} figures; {Seconds(time)}";
    }

    private static string Section(string name) => "notebook-" + NotebookHtmlExporter.IdSafe(name);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
