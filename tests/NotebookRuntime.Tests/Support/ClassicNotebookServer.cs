using System.Diagnostics;
using DlRadiomics.Notebooks.Browser;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace DlRadiomics.Notebooks.Tests.Support;

/// <summary>
/// Debian's classic Jupyter Notebook server (<c>jupyter-notebook</c> 6.4) on 127.0.0.1, a free port and a random
/// token, serving one folder with the given environment (Jupyter paths, so it finds the kernelspec installed for the
/// test). Disposing kills the server with its kernels.
/// </summary>
public sealed class ClassicNotebookServer : IDisposable
{
    public const string Executable = "/usr/bin/jupyter-notebook";

    private readonly BackgroundProcess process;

    private ClassicNotebookServer(BackgroundProcess process, int port, string token)
    {
        this.process = process;
        Port = port;
        Token = token;
    }

    public int Port { get; }

    public string Token { get; }

    /// <summary>What the server logged (for failure messages).</summary>
    public string Log => process.Log;

    /// <summary>The URL that opens <paramref name="notebook"/> (a path relative to the served folder) in the classic UI.</summary>
    public Uri NotebookUrl(string notebook) => new($"http://127.0.0.1:{Port}/notebooks/{Uri.EscapeDataString(notebook)}?token={Token}");

    public static ClassicNotebookServer Start(string notebookFolder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var port = FreePort();
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        // --allow-root: CI containers run as root; the server listens on 127.0.0.1 only, behind the token.
        var server = new ClassicNotebookServer(BackgroundProcess.Start(Executable,
        [
            "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0", $"--NotebookApp.token={token}",
            $"--NotebookApp.notebook_dir={notebookFolder}", "--NotebookApp.password=", "--log-level=INFO",
        ], environment, notebookFolder), port, token);
        try
        {
            server.WaitUntilServing(timeout);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private void WaitUntilServing(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Executable} exited with {process.ExitCode}:\n{Log}");
            try
            {
                using var status = http.GetAsync($"http://127.0.0.1:{Port}/api/status?token={Token}").GetAwaiter().GetResult();
                if (status.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (clock.Elapsed > timeout) throw new TimeoutException($"{Executable} did not answer on port {Port} within {timeout.TotalSeconds:0} s:\n{Log}");
            Thread.Sleep(200);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    public void Dispose() => process.Dispose();
}
