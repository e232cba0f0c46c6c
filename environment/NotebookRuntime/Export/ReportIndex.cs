using System.Globalization;
using System.Net;
using System.Text;

namespace DlRadiomics.Notebooks.Export;

/// <summary>The report's index page: a table of contents linking each executed notebook's page and its figures.</summary>
public static class ReportIndex
{
    public static void Write(string path, string title, IReadOnlyList<WrittenNotebook> notebooks, IReadOnlyList<string> notRun)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string Link(string target, string text) =>
            $"<a href=\"{WebUtility.HtmlEncode(Path.GetRelativePath(folder, target).Replace('\\', '/'))}\">{WebUtility.HtmlEncode(text)}</a>";
        var html = new StringBuilder($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}.failed{color:#a00}</style></head><body>\n");
        html.Append($"<h1>{WebUtility.HtmlEncode(title)}</h1>\n<p>Generated {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.</p>\n");
        html.Append("<h2>Contents</h2>\n<table><thead><tr><th>Notebook</th><th>Status</th><th>Time</th><th>Figures</th><th>Executed notebook</th></tr></thead><tbody>\n");
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook.Source);
            var status = notebook.Failure is null ? "ok" : $"failed at cell {notebook.Failure.CellNumber}: {notebook.Failure.ErrorName}: {notebook.Failure.Message}";
            var figures = string.Join(" ", notebook.Figures.Select(f => Link(f, Path.GetFileName(f))));
            html.Append($"<tr><td>{Link(notebook.Html, name)}</td><td class=\"{(notebook.Failure is null ? "ok" : "failed")}\">{WebUtility.HtmlEncode(status)}</td>")
                .Append($"<td>{notebook.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s</td><td>{figures}</td><td>{Link(notebook.Notebook, Path.GetFileName(notebook.Notebook))}</td></tr>\n");
        }
        foreach (var skipped in notRun)
            html.Append($"<tr><td>{WebUtility.HtmlEncode(Path.GetFileNameWithoutExtension(skipped))}</td><td class=\"failed\">not run (an earlier notebook failed)</td><td></td><td></td><td></td></tr>\n");
        html.Append("</tbody></table>\n</body></html>\n");
        File.WriteAllText(path, html.ToString());
    }
}
