using System.Diagnostics;
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
        string html = GenericChart.toEmbeddedHTML(GenericChart.setDisplayOptions(display, chart));
        // Without a declared charset a browser opening the file may read the UTF-8 labels (–, χ², µ) as Latin-1.
        int head = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        int script = html.IndexOf("<script", StringComparison.OrdinalIgnoreCase);
        bool declared = html.AsSpan(0, script < 0 ? html.Length : script).Contains("charset", StringComparison.OrdinalIgnoreCase);
        return head < 0 || declared ? html : html.Insert(head + "<head>".Length, "<meta charset=\"utf-8\">");
    }

    /// <summary>
    /// Renders the figure to a PNG of its layout size with headless Chromium (the HTML page is loaded offline and
    /// screenshotted), creating the folder.
    /// </summary>
    /// <param name="chromium">Path of the Chromium (or Chrome) executable.</param>
    /// <exception cref="FigureInputException">The file exists and <paramref name="overwrite"/> is false, Chromium is absent, or it produced no image.</exception>
    /// <param name="path">File to write.</param>
    /// <param name="overwrite">Replace an existing file.</param>
    /// <param name="chart">The figure.</param>
    public static void SavePng(GenericChart chart, string path, bool overwrite = false, string chromium = "/usr/bin/chromium")
    {
        if (File.Exists(path) && !overwrite)
            throw new FigureInputException($"'{path}' already exists; choose another path or pass overwrite: true");
        if (!File.Exists(chromium))
            throw new FigureInputException($"no Chromium at '{chromium}'; install chromium or pass the path of a Chrome/Chromium executable");
        var layout = GenericChart.getLayout(chart);
        int width = Convert.ToInt32(layout.TryGetPropertyValue("width")?.Value ?? 700);
        int height = Convert.ToInt32(layout.TryGetPropertyValue("height")?.Value ?? 500);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string page = Path.Combine(Path.GetTempPath(), "dlr-figure-" + Guid.NewGuid().ToString("N") + ".html");
        string profile = Path.Combine(Path.GetTempPath(), "dlr-chromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            var config = new Config();
            config.SetProperty("displayModeBar", false);
            File.WriteAllText(page, ToHtml(GenericChart.setConfig(config, chart)).Replace("<body>", "<body style=\"margin:0\">"));
            if (File.Exists(full)) File.Delete(full);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (string a in new[]
            {
                "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run", $"--user-data-dir={profile}",
                "--virtual-time-budget=10000", $"--window-size={width},{height}", $"--screenshot={full}", new Uri(page).AbsoluteUri,
            }) start.ArgumentList.Add(a);
            using var process = Process.Start(start) ?? throw new FigureInputException($"could not start '{chromium}'");
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000)) { process.Kill(entireProcessTree: true); throw new FigureInputException($"'{chromium}' did not finish rendering '{path}' within 2 minutes"); }
            if (!File.Exists(full))
                throw new FigureInputException($"'{chromium}' wrote no image for '{path}' (exit code {process.ExitCode}): {stderr.Result.Trim()}");
        }
        finally
        {
            File.Delete(page);
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }
}
