using DlRadiomics.Notebooks.Notebook;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// Writes what a notebook run produced into an output folder:
/// <c>NAME.ipynb</c> (executed) and <c>NAME.html</c> (self-contained page) in the output folder, and per Plotly figure
/// <c>NAME-cellC-K.html</c> in the figures folder (loading the shared <c>plotly.min.js</c> there, written once), with a
/// <c>.png</c> beside it when Chromium is installed, and per HTML table <c>NAME-cellC-tableK.csv</c> in the tables folder.
/// One headless Chromium, started at the first figure, takes the screenshots of every notebook; disposing stops it.
/// </summary>
public sealed class NotebookArtifacts(string outputFolder, string figuresFolder, string? plotlyScript, string? chromium, TextWriter log, string? tablesFolder = null)
    : IDisposable
{
    private readonly ChromiumScreenshot? screenshots = chromium is null ? null : new ChromiumScreenshot(chromium);

    public string TablesFolder { get; } = Path.GetFullPath(tablesFolder ?? Path.Combine(outputFolder, "tables"));

    /// <summary>The plotly.js source embedded in pages, or null when figures are not drawn.</summary>
    public string? PlotlyScript => plotlyScript;

    public string OutputFolder { get; } = Path.GetFullPath(outputFolder);

    public string FiguresFolder { get; } = Path.GetFullPath(figuresFolder);

    /// <summary>Writes the artifacts of one run; returns the paths written (figures included).</summary>
    public WrittenNotebook Write(string sourcePath, NotebookRunResult run)
    {
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        Directory.CreateDirectory(OutputFolder);
        var notebookPath = Path.Combine(OutputFolder, name + ".ipynb");
        if (string.Equals(Path.GetFullPath(sourcePath), notebookPath, StringComparison.Ordinal))
            throw new IOException($"refusing to overwrite the source notebook {sourcePath}: choose another --out folder");
        run.Executed.Save(notebookPath);
        var htmlPath = Path.Combine(OutputFolder, name + ".html");
        File.WriteAllText(htmlPath, NotebookHtmlExporter.Export(run.Executed, name, plotlyScript));
        var outline = NotebookOutline.Items(run.Executed);
        var tables = WriteTables(name, outline);
        return new WrittenNotebook(sourcePath, notebookPath, htmlPath, WriteFigures(name, outline), run.Failure, run.Elapsed)
        {
            Executed = run.Executed, Outline = outline, Tables = tables,
        };
    }

    private IReadOnlyList<string> WriteTables(string name, IReadOnlyList<OutlineItem> outline)
    {
        var written = new List<string>();
        foreach (var table in outline.Where(i => i.Kind == OutlineKind.Table))
        {
            Directory.CreateDirectory(TablesFolder);
            var path = Path.Combine(TablesFolder, table.FileName(name) + ".csv");
            File.WriteAllText(path, HtmlTableCsv.Convert(table.Content));
            written.Add(path);
        }
        return written;
    }

    private IReadOnlyList<string> WriteFigures(string name, IReadOnlyList<OutlineItem> outline)
    {
        var figures = outline.Where(i => i.Kind == OutlineKind.Figure).ToList();
        if (figures.Count == 0 || plotlyScript is null) return [];
        var folder = FiguresFolder;
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "plotly.min.js");
        if (!File.Exists(script) || new FileInfo(script).Length != plotlyScript.Length) File.WriteAllText(script, plotlyScript);
        if (chromium is null) log.WriteLine("PNG export skipped: chromium is not installed (install the Debian package 'chromium' or set DLR_CHROMIUM).");
        var pages = figures.Select(f => Path.Combine(folder, f.FileName(name) + ".html")).ToArray();
        for (int i = 0; i < figures.Count; i++)
            File.WriteAllText(pages[i], NotebookHtmlExporter.FigurePage(figures[i].Content, figures[i].FileName(name), "<script src=\"plotly.min.js\"></script>"));
        if (screenshots is null) return pages;
        // A tab per figure, as many at once as there are cores (each tab's page is drawn by its own renderer process).
        using var tabs = new SemaphoreSlim(Environment.ProcessorCount);
        var problems = Task.WhenAll(Enumerable.Range(0, figures.Count).Select(async i =>
        {
            await tabs.WaitAsync();
            try
            {
                var (width, height) = FigureSize(figures[i].Content);
                return await screenshots.CaptureAsync(pages[i], Path.ChangeExtension(pages[i], ".png"), width, height);
            }
            finally { tabs.Release(); }
        })).GetAwaiter().GetResult();
        var written = new List<string>();
        for (int i = 0; i < figures.Count; i++)
        {
            written.Add(pages[i]);
            if (problems[i] is { } problem) log.WriteLine($"PNG export of {figures[i].FileName(name)} failed: {problem}");
            else written.Add(Path.ChangeExtension(pages[i], ".png"));
        }
        return written;
    }

    public void Dispose() => screenshots?.Dispose();

    /// <summary>Window size for a screenshot: the figure's layout size when it sets one (plotly's 700×450 otherwise), plus a margin.</summary>
    private static (int Width, int Height) FigureSize(string figureJson)
    {
        var layout = System.Text.Json.Nodes.JsonNode.Parse(figureJson)?["layout"];
        int Dimension(string name, int fallback) =>
            layout?[name] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<double>(out var size) && size > 0 ? (int)Math.Ceiling(size) : fallback;
        return (Dimension("width", 700) + 20, Dimension("height", 450) + 20);
    }
}

/// <summary>Paths written for one notebook (figure files, CSV tables), its executed document and outline, and how its run ended.</summary>
public sealed record WrittenNotebook(string Source, string Notebook, string Html, IReadOnlyList<string> Figures, NotebookFailure? Failure, TimeSpan Elapsed)
{
    public NotebookDocument? Executed { get; init; }

    public IReadOnlyList<OutlineItem> Outline { get; init; } = [];

    public IReadOnlyList<string> Tables { get; init; } = [];
}
