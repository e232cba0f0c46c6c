using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>Writes figures to disk.</summary>
public static class FigureExport
{
    /// <summary>
    /// Writes a self-contained HTML page with plotly.js embedded (it opens offline, no CDN), creating the folder.
    /// </summary>
    /// <exception cref="FigureInputException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static void SaveHtml(GenericChart chart, string path, bool overwrite = false)
    {
        if (File.Exists(path) && !overwrite)
            throw new FigureInputException($"'{path}' already exists; choose another path or pass overwrite: true");
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, ToHtml(chart));
    }

    /// <summary>The self-contained HTML page of <see cref="SaveHtml"/>.</summary>
    public static string ToHtml(GenericChart chart)
    {
        var display = DisplayOptions.setPlotlyReference(PlotlyJSReference.Full).Invoke(new DisplayOptions());
        return GenericChart.toEmbeddedHTML(GenericChart.setDisplayOptions(display, chart));
    }
}
