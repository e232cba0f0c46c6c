using System.Net.WebSockets;
using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Browser;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// PNG screenshots of local HTML pages in one headless Chromium (Debian's <c>chromium</c>, networking off, a fresh
/// profile) kept open for all of them: each page gets its own tab with the requested viewport and is captured once it
/// has loaded and its plotly figures have drawn. The browser starts at the first capture and stops on disposal;
/// captures may run concurrently, each in its own tab.
/// </summary>
/// <remarks>
/// Starting a browser per screenshot costs about 1.7 s of wall-clock time and 1 s of processor time; a tab of the open
/// browser costs a fraction of that.
/// </remarks>
public sealed class ChromiumScreenshot(string chromium) : IDisposable
{
    /// <summary>The page is loaded and every plotly figure on it has drawn its SVG.</summary>
    private const string Drawn =
        "document.readyState === 'complete' && Array.from(document.querySelectorAll('.plotly-figure')).every(f => f.querySelector('.main-svg'))";

    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    private readonly Lazy<HeadlessChromium> browser = new(() => HeadlessChromium.Start(chromium, 1000, 650, TimeSpan.FromSeconds(60)));

    /// <summary>The Chromium executable: DLR_CHROMIUM, else /usr/bin/chromium or chromium on PATH; null when absent.</summary>
    public static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("DLR_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        var candidates = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "chromium")));
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Renders <paramref name="htmlPath"/> at <paramref name="width"/> × <paramref name="height"/> CSS pixels to <paramref name="pngPath"/>; returns null on success or the reason it failed.</summary>
    public async Task<string?> CaptureAsync(string htmlPath, string pngPath, int width = 1000, int height = 650)
    {
        if (!File.Exists(htmlPath)) return $"no page at {htmlPath}";
        using var limit = new CancellationTokenSource(PageTimeout);
        string? tab = null;
        try
        {
            var started = browser.Value;
            (tab, var socket) = await started.NewPageAsync(limit.Token);
            await using var page = await DevToolsSession.ConnectAsync(socket, limit.Token);
            await page.SendAsync("Emulation.setDeviceMetricsOverride",
                new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false }, limit.Token);
            var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
            await page.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, limit.Token);
            await WaitUntilDrawnAsync(page, url, limit.Token);
            var shot = await page.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, limit.Token);
            await File.WriteAllBytesAsync(pngPath, Convert.FromBase64String((string)shot["data"]!), limit.Token);
            return null;
        }
        catch (OperationCanceledException) { return $"chromium did not draw the page within {PageTimeout.TotalSeconds:0} s"; }
        catch (Exception e) when (e is BrowserException or HttpRequestException or WebSocketException or IOException) { return e.Message; }
        finally
        {
            if (tab is not null)
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try { await browser.Value.ClosePageAsync(tab, closing.Token); }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException) { }
            }
        }
    }

    /// <summary>
    /// Polls until <paramref name="url"/> is the page shown and <see cref="Drawn"/> holds, then waits two animation
    /// frames so the drawing is painted. A poll that lands while the navigation replaces the page fails and is retried.
    /// </summary>
    private static async Task WaitUntilDrawnAsync(DevToolsSession page, string url, CancellationToken cancellation)
    {
        var condition = $"location.href === {JsonValue.Create(url).ToJsonString()} && {Drawn}";
        while (true)
        {
            try
            {
                if (await page.EvaluateAsync($"!!({condition})", cancellation) is JsonValue value && value.GetValue<bool>()) break;
            }
            catch (BrowserException) when (!cancellation.IsCancellationRequested) { }
            await Task.Delay(25, cancellation);
        }
        await page.EvaluateAsync("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))", cancellation);
    }

    public void Dispose()
    {
        if (browser.IsValueCreated) browser.Value.Dispose();
    }
}
