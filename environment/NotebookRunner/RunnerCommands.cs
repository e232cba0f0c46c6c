using System.Text.RegularExpressions;
using DlRadiomics.Notebooks.Execution;
using DlRadiomics.Notebooks.Export;
using DlRadiomics.Notebooks.Kernel;

namespace DlRadiomics.Notebooks.Runner;

/// <summary>The runner's verbs: run, reproduce, kernel, kernel install.</summary>
public static partial class RunnerCommands
{
    public const string Usage = """
        usage:
          NotebookRunner run NOTEBOOK.ipynb [more…] [--out DIR] [-p Name=Value …] [--timeout SECONDS] [--continue-on-error]
              executes notebooks (parameters injected after the cell tagged 'parameters'), writes executed copies,
              HTML pages and figures to DIR (default: artifacts/notebooks in the repository)
          NotebookRunner reproduce [--out DIR] [-p Name=Value …] [--timeout SECONDS]
              runs every notebooks/NN-*.ipynb in numeric order (the same parameters given to each); writes
              DIR/notebooks, DIR/figures (HTML, PNG with chromium), DIR/tables (CSV) and DIR/index.html, the report
              with a table of contents linking every table and figure (default DIR: artifacts in the repository)
          NotebookRunner new NOTEBOOK.ipynb [--title TITLE]
              creates a notebook for the kernel: a title cell and an empty cell tagged 'parameters'
          NotebookRunner clean NOTEBOOK.ipynb [more…]
              removes outputs and execution counts and sets the kernel metadata, in place (as notebooks are committed)
          NotebookRunner kernel install [--user | --prefix DIR]
              writes the Jupyter kernelspec "C# (DlRadiomics)" (system-wide by default)
          NotebookRunner kernel --connection-file FILE
              serves as a Jupyter kernel (started by Jupyter from the kernelspec)
        """;

    [GeneratedRegex(@"^(\d+)-.*\.ipynb$")] private static partial Regex NumberedNotebook();

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args switch
            {
                ["run", .. var rest] => await RunNotebooksAsync(rest, stdout, stderr),
                ["reproduce", .. var rest] => await ReproduceAsync(rest, stdout, stderr),
                ["new", .. var rest] => NewNotebook(rest, stdout),
                ["clean", .. var rest] => CleanNotebooks(rest, stdout),
                ["kernel", "install", .. var rest] => InstallKernel(rest, stdout),
                ["kernel", .. var rest] => ServeKernel(rest, stderr),
                ["help" or "--help" or "-h"] => Help(stdout),
                _ => throw new UsageException("expected a verb: run, reproduce or kernel"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is Notebook.NotebookFormatException or IOException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return 0;
    }

    private static async Task<int> RunNotebooksAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new RunnerArguments(args, new HashSet<string> { "--continue-on-error" });
        options.EnsureOnly("--out", "--timeout", "--continue-on-error");
        if (options.Positional.Count == 0) throw new UsageException("run needs at least one notebook");
        var output = options.Option("--out") ?? Path.Combine(RepositoryRoot.Find() ?? Directory.GetCurrentDirectory(), "artifacts", "notebooks");
        var batch = new NotebookBatch(Artifacts(output, Path.Combine(output, "figures"), stderr), stdout, stderr)
        {
            Parameters = options.Parameters, CellTimeout = options.Seconds("--timeout"), ContinueOnError = options.Flag("--continue-on-error"),
        };
        var (written, _) = await batch.RunAsync(options.Positional);
        return written.Any(w => w.Failure is not null) ? 1 : 0;
    }

    private static async Task<int> ReproduceAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new RunnerArguments(args, new HashSet<string>());
        options.EnsureOnly("--out", "--timeout");
        if (options.Positional.Count > 0) throw new UsageException("reproduce takes no notebook arguments; it runs notebooks/NN-*.ipynb");
        var root = RepositoryRoot.Require();
        var folder = Path.Combine(root, "notebooks");
        var notebooks = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.ipynb")
                .Select(p => (Path: p, Match: NumberedNotebook().Match(Path.GetFileName(p))))
                .Where(p => p.Match.Success)
                .OrderBy(p => int.Parse(p.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ThenBy(p => p.Path, StringComparer.Ordinal)
                .Select(p => p.Path).ToList()
            : [];
        if (notebooks.Count == 0)
        {
            stderr.WriteLine($"error: no numbered notebooks (NN-name.ipynb) in {folder}");
            return 1;
        }
        var output = Path.GetFullPath(options.Option("--out") ?? Path.Combine(root, "artifacts"));
        var batch = new NotebookBatch(Artifacts(Path.Combine(output, "notebooks"), Path.Combine(output, "figures"), stderr, Path.Combine(output, "tables")), stdout, stderr)
        {
            Parameters = options.Parameters, CellTimeout = options.Seconds("--timeout"),
        };
        var (written, notRun) = await batch.RunAsync(notebooks);
        var index = Path.Combine(output, "index.html");
        ReportIndex.Write(index, "DlRadiomics — reproduced analyses", written, notRun, LibraryFormatters.PlotlyScript);
        stdout.WriteLine($"report: {index}");
        stdout.WriteLine(ReportIndex.Summary(written, notRun));
        return written.Any(w => w.Failure is not null) ? 1 : 0;
    }

    private static NotebookArtifacts Artifacts(string output, string figures, TextWriter stderr, string? tables = null) =>
        new(output, figures, LibraryFormatters.PlotlyScript, ChromiumScreenshot.FindExecutable(), stderr, tables);

    private static int NewNotebook(string[] args, TextWriter stdout)
    {
        var options = new RunnerArguments(args, new HashSet<string>());
        options.EnsureOnly("--title");
        if (options.Positional is not [var path]) throw new UsageException("new needs exactly one notebook path");
        if (File.Exists(path)) throw new UsageException($"{path} already exists");
        Notebook.NotebookDocument.Create(options.Option("--title") ?? Path.GetFileNameWithoutExtension(path)).Save(path);
        stdout.WriteLine($"created {path}");
        return 0;
    }

    private static int CleanNotebooks(string[] args, TextWriter stdout)
    {
        var options = new RunnerArguments(args, new HashSet<string>());
        options.EnsureOnly();
        if (options.Positional.Count == 0) throw new UsageException("clean needs at least one notebook");
        foreach (var path in options.Positional)
        {
            var notebook = Notebook.NotebookDocument.Load(path);
            notebook.Clean();
            notebook.Save(path);
            stdout.WriteLine($"cleaned {path}");
        }
        return 0;
    }

    private static int InstallKernel(string[] args, TextWriter stdout)
    {
        var options = new RunnerArguments(args, new HashSet<string> { "--user" });
        options.EnsureOnly("--user", "--prefix");
        if (options.Flag("--user") && options.Option("--prefix") is not null) throw new UsageException("use either --user or --prefix");
        var path = KernelSpec.Install(KernelSpec.KernelsFolder(options.Flag("--user"), options.Option("--prefix")), LaunchCommand());
        stdout.WriteLine($"installed kernelspec '{KernelSpec.Name}' ({KernelSpec.DisplayName}) in {path}");
        return 0;
    }

    /// <summary>The command that starts this runner: its native launcher, or 'dotnet NotebookRunner.dll' when run through the muxer.</summary>
    private static IReadOnlyList<string> LaunchCommand()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the runner's executable path is unknown");
        var assembly = typeof(RunnerCommands).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? [process, assembly] : [process];
    }

    private static int ServeKernel(string[] args, TextWriter stderr)
    {
        var options = new RunnerArguments(args, new HashSet<string>());
        options.EnsureOnly("--connection-file");
        var file = options.Option("--connection-file") ?? throw new UsageException("kernel needs --connection-file FILE");
        var connection = ConnectionInfo.Load(file);
        var session = new NotebookSession(new SessionOptions { WorkingDirectory = Directory.GetCurrentDirectory() });
        using var kernel = new JupyterKernel(connection, session, stderr);
        // Clients that interrupt by signal (interrupt_mode "signal") must not kill the kernel.
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            kernel.Interrupt();
        });
        kernel.Run();
        return 0;
    }
}
