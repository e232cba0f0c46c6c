using System.Diagnostics;
using System.Text;

namespace DlRadiomics.Notebooks.Browser;

/// <summary>
/// A program left running (a server, a browser): its standard output and error are collected for failure
/// messages, and disposing kills it with every process it started.
/// </summary>
public sealed class BackgroundProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private BackgroundProcess(Process process) => this.process = process;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>What the program wrote so far, both streams interleaved.</summary>
    public string Log { get { lock (log) return log.ToString(); } }

    public static BackgroundProcess Start(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        var started = new BackgroundProcess(Process.Start(start)!);
        started.process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        started.process.OutputDataReceived += (_, e) => started.Append(e.Data);
        started.process.BeginErrorReadLine();
        started.process.BeginOutputReadLine();
        return started;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        process.Dispose();
    }
}
