using DlRadiomics.Figures;
using DlRadiomics.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Figures;

public class FigureExportTests
{
    [Fact]
    public void The_html_embeds_plotly_js_and_refuses_to_overwrite()
    {
        var asah = FigureJson.Asah();
        var chart = RocFigure.Create([("S100B", Roc.Curve(asah.Column("s100b"), asah.Outcome("poor")))]);
        using var dir = new Cohort.TempFolder();
        string path = dir.PathOf("out/roc.html");
        FigureExport.SaveHtml(chart, path);
        string html = File.ReadAllText(path);
        Assert.DoesNotContain("<script src=\"http", html);
        Assert.True(html.Length > 1_000_000, $"plotly.js should be embedded; the page has only {html.Length} characters");
        Assert.Contains("S100B (AUC", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Throws<FigureInputException>(() => FigureExport.SaveHtml(chart, path));
        FigureExport.SaveHtml(chart, path, overwrite: true);
    }
}
