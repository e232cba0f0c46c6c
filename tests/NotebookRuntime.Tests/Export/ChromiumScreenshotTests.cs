using System.Diagnostics;
using DlRadiomics.Notebooks.Export;
using DlRadiomics.Notebooks.Runner;

namespace DlRadiomics.Notebooks.Tests.Export;

public sealed class ChromiumScreenshotTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dlr-screenshot-");

    public void Dispose() => folder.Delete(recursive: true);

    [SkippableFact]
    public async Task Figures_captured_in_tabs_of_one_browser_equal_chromiums_own_screenshots()
    {
        var chromium = ChromiumScreenshot.FindExecutable();
        Skip.If(chromium is null, "Debian's chromium is not installed; environment/setup.sh installs it");
        File.WriteAllText(Path.Combine(folder.FullName, "plotly.min.js"), LibraryFormatters.PlotlyScript);
        var figures = new[]
        {
            ("bars", """{"data":[{"type":"bar","x":["a","b","c"],"y":[3,1,2]}],"layout":{"width":500,"height":300,"title":{"text":"bars"}}}""", 520, 320),
            ("line", """{"data":[{"type":"scatter","mode":"lines+markers","x":[0,1,2,3],"y":[0,1,4,9]}],"layout":{"width":400,"height":420}}""", 420, 440),
        };
        var pages = figures.Select(f => Page(f.Item1, f.Item2)).ToArray();

        using (var screenshots = new ChromiumScreenshot(chromium!))
        {
            var problems = await Task.WhenAll(figures.Select((f, i) => screenshots.CaptureAsync(pages[i], pages[i] + ".tab.png", f.Item3, f.Item4)));
            Assert.All(problems, Assert.Null);
        }

        for (int i = 0; i < figures.Length; i++)
        {
            var reference = OneShotScreenshot(chromium!, pages[i], figures[i].Item3, figures[i].Item4);
            Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(pages[i] + ".tab.png"));
        }
    }

    [SkippableFact]
    public async Task A_missing_page_is_reported_and_starts_no_browser()
    {
        var chromium = ChromiumScreenshot.FindExecutable();
        Skip.If(chromium is null, "Debian's chromium is not installed; environment/setup.sh installs it");
        using var screenshots = new ChromiumScreenshot(chromium!);
        var missing = Path.Combine(folder.FullName, "absent.html");
        Assert.Equal($"no page at {missing}", await screenshots.CaptureAsync(missing, missing + ".png"));
        Assert.False(File.Exists(missing + ".png"));
    }

    private string Page(string name, string figureJson)
    {
        var path = Path.Combine(folder.FullName, name + ".html");
        File.WriteAllText(path, NotebookHtmlExporter.FigurePage(figureJson, name, "<script src=\"plotly.min.js\"></script>"));
        return path;
    }

    /// <summary>The same page through Chromium's own <c>--screenshot</c>, a browser started for this one image.</summary>
    private static string OneShotScreenshot(string chromium, string page, int width, int height)
    {
        var png = page + ".oneshot.png";
        var profile = Directory.CreateTempSubdirectory("dlr-screenshot-profile-");
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                         $"--window-size={width},{height}", "--virtual-time-budget=5000", $"--screenshot={png}", new Uri(page).AbsoluteUri,
                     })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            Assert.True(process.WaitForExit(90_000), "chromium --screenshot did not finish within 90 s");
            Assert.True(File.Exists(png), $"chromium --screenshot wrote nothing: {stderr.Result}");
            return png;
        }
        finally { profile.Delete(recursive: true); }
    }
}
