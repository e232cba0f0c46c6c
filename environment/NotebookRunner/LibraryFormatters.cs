using DlRadiomics.Notebooks.Display;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace DlRadiomics.Notebooks.Runner;

/// <summary>
/// Formatters for the types notebooks display most, installed by the runner (which references the library and so
/// Plotly.NET and Microsoft.Data.Analysis; the runtime itself stays free of them): Plotly charts as
/// <c>application/vnd.plotly.v1+json</c> plus <c>text/html</c> with plotly.js embedded once per notebook, and
/// DataFrames as HTML tables.
/// </summary>
public static class LibraryFormatters
{
    private const int DataFrameRows = 100;
    private static readonly Lazy<string> PlotlyJs = new(ReadPlotlyScript);

    /// <summary>The full plotly.js shipped inside Plotly.NET (offline).</summary>
    public static string PlotlyScript => PlotlyJs.Value;

    private static int installed;

    /// <summary>Registers the formatters (once per process).</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1) return;
        Formatters.Register<GenericChart>(FormatChart);
        Formatters.Register<DataFrame>(FormatDataFrame);
    }

    private static MimeBundle FormatChart(GenericChart chart)
    {
        var json = GenericChart.toFigureJson(chart);
        var id = "plotly-" + Guid.NewGuid().ToString("N")[..12];
        return MimeBundle.FromText("<Plotly chart>")
            .With(MimeBundle.PlotlyJson, json)
            .With(MimeBundle.Html, Export.NotebookHtmlExporter.PlotlyDiv(id, json))
            .WithHtmlDependency("plotly.js", Export.NotebookHtmlExporter.PlotlyScriptTag(PlotlyScript));
    }

    private static MimeBundle FormatDataFrame(DataFrame frame)
    {
        var header = frame.Columns.Select(c => c.Name).ToList();
        var rows = new List<object?[]>();
        for (long r = 0; r < Math.Min(frame.Rows.Count, DataFrameRows); r++)
            rows.Add(frame.Columns.Select(c => c[r]).ToArray());
        var html = HtmlTable.Render(header, rows);
        if (frame.Rows.Count > DataFrameRows) html += $"<p>(first {DataFrameRows} of {frame.Rows.Count} rows)</p>";
        return MimeBundle.FromText(frame.ToString()).With(MimeBundle.Html, html);
    }

    private static string ReadPlotlyScript()
    {
        var assembly = typeof(GenericChart).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Contains("plotly", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"plotly.js is not embedded in {assembly.GetName().Name} {assembly.GetName().Version}");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
