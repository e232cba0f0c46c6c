using System.Globalization;
using DlRadiomics.Notebooks.Execution;
using DlRadiomics.Notebooks.Export;
using DlRadiomics.Notebooks.Notebook;

namespace DlRadiomics.Notebooks.Runner;

/// <summary>
/// Runs notebooks one after another, each in a fresh session with the notebook's folder as working directory, and
/// writes their artifacts. Stops after the first notebook that fails (its executed copy is still written).
/// </summary>
public sealed class NotebookBatch(NotebookArtifacts artifacts, TextWriter stdout, TextWriter stderr)
{
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    public TimeSpan? CellTimeout { get; init; }

    public bool ContinueOnError { get; init; }

    /// <summary>Returns what was written per notebook that ran, and the notebooks not run after a failure.</summary>
    public async Task<(IReadOnlyList<WrittenNotebook> Written, IReadOnlyList<string> NotRun)> RunAsync(IReadOnlyList<string> notebooks)
    {
        var written = new List<WrittenNotebook>();
        for (var i = 0; i < notebooks.Count; i++)
        {
            var path = notebooks[i];
            var result = await RunOneAsync(path);
            written.Add(result);
            if (result.Failure is not null) return (written, notebooks.Skip(i + 1).ToList());
        }
        return (written, []);
    }

    private async Task<WrittenNotebook> RunOneAsync(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"notebook {path} does not exist", path);
        var source = NotebookDocument.Load(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        NotebookRunResult run;
        try
        {
            var session = new NotebookSession(new SessionOptions { WorkingDirectory = folder, CellTimeout = CellTimeout, Imports = LibraryImports.Namespaces });
            stdout.WriteLine($"{path}: running");
            run = await NotebookExecutor.RunAsync(source, path, session, Parameters, ContinueOnError,
                (cell, result) => stdout.WriteLine($"  cell {cell}: {result.Status.ToString().ToLowerInvariant()} ({result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms)"));
        }
        finally { Directory.SetCurrentDirectory(previousDirectory); }
        var written = artifacts.Write(path, run);
        stdout.WriteLine($"{path}: {(run.Succeeded ? "ok" : "FAILED")} in {run.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s -> {written.Notebook}, {written.Html}" +
                         (written.Figures.Count > 0 ? $", {written.Figures.Count} figure file(s)" : ""));
        if (run.Failure is { } failure) stderr.WriteLine($"error: {failure}");
        return written;
    }
}
