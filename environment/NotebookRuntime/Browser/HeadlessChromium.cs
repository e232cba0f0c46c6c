using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DlRadiomics.Notebooks.Browser;

/// <summary>
/// Debian's Chromium started headless with a fresh profile and the DevTools protocol on a port of its choosing (read
/// from the profile's <c>DevToolsActivePort</c>). Every host name except localhost resolves to nothing, so a page that
/// needs the internet fails here as it would on a user's offline machine. Disposing kills the browser's process tree.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private readonly BackgroundProcess process;
    private readonly DirectoryInfo profile;

    private HeadlessChromium(BackgroundProcess process, DirectoryInfo profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>The DevTools HTTP and WebSocket port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    public static HeadlessChromium Start(string executable, int width, int height, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("dlr-chromium-devtools-");
        var chromium = new HeadlessChromium(BackgroundProcess.Start(executable,
        [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
            "--mute-audio", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile.FullName}",
            $"--window-size={width},{height}", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1", "about:blank",
        ]), profile);
        var portFile = Path.Combine(profile.FullName, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // The file holds the port, then the browser's WebSocket path; both lines present means it is complete.
            if (File.Exists(portFile) && File.ReadAllLines(portFile) is [var port, var browser, ..] && browser.StartsWith("/devtools/", StringComparison.Ordinal)
                && int.TryParse(port, out var number))
            {
                chromium.Port = number;
                return chromium;
            }
            if (chromium.process.HasExited || clock.Elapsed > timeout)
            {
                var reason = chromium.process.HasExited ? $"exited with {chromium.process.ExitCode}" : $"wrote no DevToolsActivePort within {timeout.TotalSeconds:0} s";
                var log = chromium.process.Log;
                chromium.Dispose();
                throw new BrowserException($"{executable} {reason}:\n{log}");
            }
            Thread.Sleep(100);
        }
    }

    /// <summary>The WebSocket URL of the browser's first page (the about:blank tab it opened).</summary>
    public async Task<Uri> PageWebSocketUrlAsync(CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var targets = await http.GetFromJsonAsync<JsonArray>($"http://127.0.0.1:{Port}/json/list", cancellation) ?? [];
        var page = targets.OfType<JsonObject>().FirstOrDefault(t => (string?)t["type"] == "page")
            ?? throw new BrowserException($"chromium lists no page target: {targets.ToJsonString()}");
        return new Uri((string)page["webSocketDebuggerUrl"]!);
    }

    /// <summary>Opens a new tab on about:blank; returns its target id and the WebSocket URL to drive it.</summary>
    public async Task<(string Id, Uri WebSocket)> NewPageAsync(CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.PutAsync($"http://127.0.0.1:{Port}/json/new?about:blank", null, cancellation);
        var target = await response.Content.ReadFromJsonAsync<JsonObject>(cancellation);
        if (!response.IsSuccessStatusCode || (string?)target?["id"] is not { } id || (string?)target["webSocketDebuggerUrl"] is not { } url)
            throw new BrowserException($"chromium opened no new tab ({(int)response.StatusCode}): {target?.ToJsonString()}");
        return (id, new Uri(url));
    }

    /// <summary>Closes the tab <paramref name="id"/>.</summary>
    public async Task ClosePageAsync(string id, CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync($"http://127.0.0.1:{Port}/json/close/{id}", cancellation);
    }

    public void Dispose()
    {
        process.Dispose();
        try { profile.Delete(recursive: true); }
        catch (IOException) { }
    }
}
