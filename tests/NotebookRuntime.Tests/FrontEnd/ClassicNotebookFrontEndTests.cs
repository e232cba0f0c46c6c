using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Kernel;
using DlRadiomics.Notebooks.Browser;
using DlRadiomics.Notebooks.Tests.Support;

namespace DlRadiomics.Notebooks.Tests.FrontEnd;

/// <summary>
/// The notebooks as a user meets them: opened in Debian's classic Jupyter Notebook with our kernel, run with the
/// Cell ▸ Run All menu clicked by mouse events in headless Chromium, and checked in the rendered page — HTML tables,
/// Plotly figures drawn as SVG by the plotly.js our kernel sends, no error output, and no request for anything but the
/// local server (the browser cannot resolve other hosts, as on a user's offline machine). A screenshot of each page goes to <c>artifacts/front-end/</c> (or DLR_ARTIFACTS/front-end).
/// </summary>
[Collection(SequentialCollection.Name)]
public sealed class ClassicNotebookFrontEndTests(ClassicNotebookFrontEnd frontEnd) : IClassFixture<ClassicNotebookFrontEnd>
{
    private static readonly TimeSpan KernelStart = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RunAll = TimeSpan.FromMinutes(5);

    /// <summary>The rendered outputs: executed prompts, error outputs, HTML tables, Plotly figures and plotly.js's version.</summary>
    private const string PageSummary = """
        (() => {
          const all = s => [...document.querySelectorAll(s)];
          const code = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
          return {
            codeCells: code.length,
            prompts: code.map(c => c.input_prompt_number ?? null),
            kernel: Jupyter.notebook.kernel ? Jupyter.notebook.kernel.name : null,
            idle: document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null,
            errors: all('.output_area .output_error').map(e => e.innerText.slice(0, 3000)),
            tables: all('.output_area .output_html table').map(t => t.innerText),
            text: all('.output_area .output_subarea').map(o => o.innerText).join('\n'),
            figures: all('.output_area .js-plotly-plot').map(p => ({
              svg: p.querySelectorAll('svg.main-svg').length,
              traces: p.querySelectorAll('g.trace, g.cartesianlayer .plot path').length,
              width: p.getBoundingClientRect().width,
              height: p.getBoundingClientRect().height,
              title: (p.querySelector('.gtitle') || {}).textContent || ''
            })),
            plotly: window.Plotly ? window.Plotly.version : null
          };
        })()
        """;

    [SkippableTheory]
    [InlineData("00-start-here", new[] { "PatientID", "ODI", "Description" }, 0)]
    [InlineData("01-cohort-baseline", new[] { "Sex", "Age", "ODI", "VAS", "training", "test" }, 3)]
    public async Task Run_all_from_the_menu_renders_the_tables_and_plotly_figures_without_errors(string notebook, string[] tableText, int figures)
    {
        var missing = ClassicNotebookFrontEnd.MissingTool();
        Skip.If(missing is not null, missing);
        using var limit = new CancellationTokenSource(KernelStart + RunAll + TimeSpan.FromMinutes(2));
        var cancellation = limit.Token;
        await using var page = await DevToolsSession.ConnectAsync(await frontEnd.Browser.PageWebSocketUrlAsync(cancellation), cancellation);
        await page.SendAsync("Runtime.enable", null, cancellation);
        await page.SendAsync("Page.enable", null, cancellation);
        await page.SendAsync("Network.enable", null, cancellation);
        try
        {
            await page.SendAsync("Page.navigate", new JsonObject { ["url"] = frontEnd.Server.NotebookUrl(notebook + ".ipynb").AbsoluteUri }, cancellation);
            await page.WaitForAsync(
                "window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected() " +
                "&& document.querySelector('#kernel_indicator_icon.kernel_idle_icon')", KernelStart, LoadState, cancellation);

            await ClickAsync(page, "#celllink", cancellation);
            await page.WaitForAsync("document.querySelector('#run_all_cells > a').getBoundingClientRect().height > 0", TimeSpan.FromSeconds(10), "document.querySelector('#cell_menu').outerHTML", cancellation);
            await ClickAsync(page, "#run_all_cells > a", cancellation);
            await page.WaitForAsync(
                "document.querySelector('.output_area .output_error') || (Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').every(c => typeof c.input_prompt_number === 'number') " +
                "&& document.querySelector('#kernel_indicator_icon.kernel_idle_icon'))", RunAll, LoadState, cancellation);
            await page.WaitForAsync($"document.querySelector('.output_area .output_error') || document.querySelectorAll('.output_area .js-plotly-plot svg.main-svg').length >= {figures}",
                TimeSpan.FromSeconds(30), PageSummary, cancellation);

            var screenshot = await SaveScreenshotAsync(page, notebook, cancellation);
            var summary = (JsonObject)(await page.EvaluateAsync(PageSummary, cancellation))!;
            var context = $"{summary.ToJsonString()}\npage errors: {string.Join("\n", page.PageErrors)}\nscreenshot: {screenshot}";

            Assert.True(((JsonArray)summary["errors"]!).Count == 0, "error output in the page: " + context);
            Assert.Equal(KernelSpec.Name, (string?)summary["kernel"]);
            var prompts = ((JsonArray)summary["prompts"]!).Select(p => p?.GetValue<int>()).ToList();
            Assert.True(prompts.SequenceEqual(Enumerable.Range(1, (int)summary["codeCells"]!).Select(n => (int?)n)), "every code cell ran once, in order: " + context);
            var tables = ((JsonArray)summary["tables"]!).Select(t => (string)t!).ToList();
            Assert.True(tableText.All(text => tables.Any(t => t.Contains(text, StringComparison.Ordinal))), $"an HTML table shows {string.Join(", ", tableText)}: " + context);
            Assert.Contains($"{ClassicNotebookFrontEnd.Patients} patients", (string?)summary["text"]);
            var drawn = ((JsonArray)summary["figures"]!).OfType<JsonObject>().ToList();
            Assert.True(drawn.Count == figures, $"{figures} Plotly figures rendered: " + context);
            foreach (var figure in drawn)
            {
                Assert.True((int)figure["svg"]! >= 1 && (int)figure["traces"]! >= 1, "a figure drawn with its traces: " + figure.ToJsonString());
                Assert.True((double)figure["width"]! > 200 && (double)figure["height"]! > 200, "a figure of visible size: " + figure.ToJsonString());
            }
            if (figures > 0) Assert.False(string.IsNullOrEmpty((string?)summary["plotly"]), "plotly.js loaded from the kernel's output: " + context);
            Assert.Contains(page.RequestedUrls, u => u.Contains($"/notebooks/{notebook}.ipynb", StringComparison.Ordinal));
            var external = page.RequestedUrls
                .Where(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme is "http" or "https" or "ws" or "wss") && uri.Host != "127.0.0.1").ToList();
            Assert.True(external.Count == 0, "the page asked only the local server for resources, not: " + string.Join(", ", external));
        }
        catch (TimeoutException e)
        {
            var log = frontEnd.Server.Log;
            throw new TimeoutException($"{e.Message}\nnotebook server log (end):\n{log[Math.Max(0, log.Length - 6000)..]}", e);
        }
        finally
        {
            // The next notebook opens in the same tab: stop this kernel and leave without the unsaved-changes prompt.
            using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await page.EvaluateAsync(
                    "(window.Jupyter && Jupyter.notebook) ? (Jupyter.notebook.set_dirty(false), window.onbeforeunload = null, " +
                    "new Promise(done => Jupyter.notebook.session ? Jupyter.notebook.session.delete(done, done) : done())).then(() => true) : true", cleanup.Token);
                await page.SendAsync("Page.navigate", new JsonObject { ["url"] = "about:blank" }, cleanup.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or BrowserException) { }
        }
    }

    /// <summary>Where the page stands while waiting: URL, kernel indicator, prompts, notification.</summary>
    private const string LoadState =
        "({ url: location.href, title: document.title, kernel: document.querySelector('#kernel_indicator_icon')?.className, " +
        "prompts: window.Jupyter && Jupyter.notebook ? Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').map(c => c.input_prompt_number ?? null) : null, " +
        "notification: document.querySelector('#notification_area')?.innerText })";

    /// <summary>A left click with the mouse at the centre of the element (scrolled into view), as a user clicks.</summary>
    private static async Task ClickAsync(DevToolsSession page, string selector, CancellationToken cancellation)
    {
        var box = (JsonObject)(await page.EvaluateAsync(
            $"(() => {{ const e = document.querySelector({JsonValue.Create(selector).ToJsonString()}); e.scrollIntoView({{block: 'center'}}); " +
            "const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()", cancellation))!;
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
            await page.SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = (double)box["x"]!, ["y"] = (double)box["y"]!, ["button"] = type == "mouseMoved" ? "none" : "left", ["clickCount"] = 1,
            }, cancellation);
    }

    /// <summary>
    /// A PNG of the whole notebook: the classic UI scrolls inside <c>#site</c>, so the viewport is made as tall as the
    /// notebook (at most 16 000 px) for the capture.
    /// </summary>
    private static async Task<string> SaveScreenshotAsync(DevToolsSession page, string notebook, CancellationToken cancellation)
    {
        var height = (int)(double)(await page.EvaluateAsync(
            "Math.min(16000, document.querySelector('#header').getBoundingClientRect().height + document.querySelector('#notebook').scrollHeight + 40)", cancellation))!;
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = ClassicNotebookFrontEnd.Width, ["height"] = Math.Max(height, ClassicNotebookFrontEnd.Height), ["deviceScaleFactor"] = 1, ["mobile"] = false,
        }, cancellation);
        await page.EvaluateAsync("new Promise(done => { window.dispatchEvent(new Event('resize')); setTimeout(done, 1000); })", cancellation);
        var shot = await page.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, cancellation);
        await page.SendAsync("Emulation.clearDeviceMetricsOverride", null, cancellation);
        var path = Path.Combine(TestPaths.ArtifactsFolder, "front-end", notebook + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var png = Convert.FromBase64String((string)shot["data"]!);
        Assert.True(png.Length > 10_000 && png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"a PNG screenshot of {notebook} ({png.Length} bytes)");
        await File.WriteAllBytesAsync(path, png, cancellation);
        return path;
    }
}
