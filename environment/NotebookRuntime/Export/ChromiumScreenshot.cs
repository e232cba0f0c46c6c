using System.Diagnostics;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// PNG screenshots of local HTML pages with headless Chromium (Debian's <c>chromium</c>), started with networking
/// features off and a fresh profile so it neither phones home nor reuses state.
/// </summary>
public static class ChromiumScreenshot
{
    /// <summary>The Chromium executable: DLR_CHROMIUM, else /usr/bin/chromium or chromium on PATH; null when absent.</summary>
    public static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("DLR_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        var candidates = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "chromium")));
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Renders <paramref name="htmlPath"/> to <paramref name="pngPath"/>; returns null on success or the reason it failed.</summary>
    public static string? Capture(string chromium, string htmlPath, string pngPath, int width = 1000, int height = 650)
    {
        var profile = Directory.CreateTempSubdirectory("dlr-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                         $"--window-size={width},{height}", "--virtual-time-budget=5000", $"--screenshot={Path.GetFullPath(pngPath)}",
                         new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
                     })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                return "chromium did not finish within 90 s";
            }
            return process.ExitCode == 0 && File.Exists(pngPath) ? null : $"chromium exited with {process.ExitCode}: {stderr.Result.Trim()}";
        }
        finally { profile.Delete(recursive: true); }
    }
}
