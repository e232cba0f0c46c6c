using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using DlRadiomics.Notebooks.Execution;
using DlRadiomics.Notebooks.Export;
using DlRadiomics.Notebooks.Kernel;

namespace DlRadiomics.Notebooks.Runner;

/// <summary>
/// The runner's verbs (run, reproduce, new, clean, kernel install, kernel) on System.CommandLine. Exit codes: 0 ok,
/// 1 a notebook failed or could not be read, 2 usage error (the message and the verb's help on stderr).
/// </summary>
public static partial class RunnerCommands
{
    [GeneratedRegex(@"^(\d+)-.*\.ipynb$")] private static partial Regex NumberedNotebook();

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRoot();
        try
        {
            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
                var path = new Stack<string>();
                for (var c = parse.CommandResult; c.Command != root; c = (CommandResult)c.Parent!) path.Push(c.Command.Name);
                await root.Parse([.. path, "--help"]).InvokeAsync(new InvocationConfiguration { Output = stderr });
                return 2;
            }
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is Notebook.NotebookFormatException or IOException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>The runner's command tree; each verb's action reads its output writers from the invocation.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Headless runner and Jupyter kernel for the project's C# notebooks");
        root.Subcommands.Add(RunCommand());
        root.Subcommands.Add(ReproduceCommand());
        root.Subcommands.Add(NewCommand());
        root.Subcommands.Add(CleanCommand());
        var kernel = KernelCommand();
        kernel.Subcommands.Add(InstallKernelCommand());
        root.Subcommands.Add(kernel);
        return root;
    }

    private static Option<string?> OutOption(string description) => new("--out") { Description = description, HelpName = "DIR" };

    private static Option<TimeSpan?> TimeoutOption() => new("--timeout")
    {
        Description = "seconds a cell may run before it is stopped (default: no limit)", HelpName = "SECONDS",
        CustomParser = r =>
        {
            string text = r.Tokens[0].Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0) return TimeSpan.FromSeconds(seconds);
            r.AddError($"--timeout must be a positive number of seconds, got '{text}'");
            return null;
        },
    };

    private static Option<KeyValuePair<string, string>[]> ParametersOption() => new("--parameter", "-p")
    {
        Description = "a value injected after the cell tagged 'parameters' (repeatable)", HelpName = "Name=Value",
        Arity = ArgumentArity.ZeroOrMore, DefaultValueFactory = _ => [],
        CustomParser = r => r.Tokens.Select(t =>
        {
            int separator = t.Value.IndexOf('=');
            if (separator <= 0) r.AddError($"parameter '{t.Value}' is not Name=Value");
            return separator <= 0 ? default : new KeyValuePair<string, string>(t.Value[..separator], t.Value[(separator + 1)..]);
        }).ToArray(),
    };

    private static Argument<string[]> NotebooksArgument(string description) => new("NOTEBOOK.ipynb") { Description = description, Arity = ArgumentArity.OneOrMore };

    private static Command RunCommand()
    {
        var notebooks = NotebooksArgument("notebooks to execute, in this order");
        var output = OutOption("folder for the executed copies, HTML pages and figures (default: artifacts/notebooks in the repository)");
        var parameters = ParametersOption();
        var timeout = TimeoutOption();
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "run the remaining cells after a failing one (the exit code is still 1)" };
        var command = new Command("run", "executes notebooks (parameters injected after the cell tagged 'parameters'), writes executed copies, HTML pages and figures")
        {
            notebooks, output, parameters, timeout, continueOnError,
        };
        command.Validators.Add(r =>
        {
            foreach (var path in r.GetValue(notebooks) ?? [])
                if (!File.Exists(path)) r.AddError($"notebook {path} does not exist");
        });
        command.SetAction(async (parse, _) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var folder = parse.GetValue(output) ?? Path.Combine(RepositoryRoot.Find() ?? Directory.GetCurrentDirectory(), "artifacts", "notebooks");
            using var artifacts = Artifacts(folder, Path.Combine(folder, "figures"), stderr);
            var batch = new NotebookBatch(artifacts, stdout, stderr)
            {
                Parameters = parse.GetValue(parameters)!, CellTimeout = parse.GetValue(timeout), ContinueOnError = parse.GetValue(continueOnError),
            };
            var (written, _) = await batch.RunAsync(parse.GetValue(notebooks)!);
            return written.Any(w => w.Failure is not null) ? 1 : 0;
        });
        return command;
    }

    private static Command ReproduceCommand()
    {
        var output = OutOption("folder for notebooks/, figures/, tables/ and index.html (default: artifacts in the repository)");
        var timeout = TimeoutOption();
        var parameters = ParametersOption();
        var command = new Command("reproduce",
            "runs every notebooks/NN-*.ipynb in numeric order (the same parameters given to each); writes DIR/notebooks, DIR/figures " +
            "(HTML, PNG with chromium), DIR/tables (CSV) and DIR/index.html, the report whose contents link every table and figure")
        {
            output, timeout, parameters,
        };
        command.Validators.Add(r =>
        {
            if (RepositoryRoot.Find() is null) r.AddError($"no Analysis.sln in {Directory.GetCurrentDirectory()} or above; run from inside the repository");
        });
        command.SetAction(async (parse, _) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var root = RepositoryRoot.Find()!;
            var folder = Path.Combine(root, "notebooks");
            var notebooks = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.ipynb")
                    .Select(p => (Path: p, Match: NumberedNotebook().Match(Path.GetFileName(p))))
                    .Where(p => p.Match.Success)
                    .OrderBy(p => int.Parse(p.Match.Groups[1].Value, CultureInfo.InvariantCulture)).ThenBy(p => p.Path, StringComparer.Ordinal)
                    .Select(p => p.Path).ToList()
                : [];
            if (notebooks.Count == 0)
            {
                stderr.WriteLine($"error: no numbered notebooks (NN-name.ipynb) in {folder}");
                return 1;
            }
            var target = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(root, "artifacts"));
            using var artifacts = Artifacts(Path.Combine(target, "notebooks"), Path.Combine(target, "figures"), stderr, Path.Combine(target, "tables"));
            var batch = new NotebookBatch(artifacts, stdout, stderr)
            {
                Parameters = parse.GetValue(parameters)!, CellTimeout = parse.GetValue(timeout),
            };
            var (written, notRun) = await batch.RunAsync(notebooks);
            var index = Path.Combine(target, "index.html");
            ReportIndex.Write(index, "DlRadiomics — reproduced analyses", written, notRun, LibraryFormatters.PlotlyScript);
            stdout.WriteLine($"report: {index}");
            stdout.WriteLine(ReportIndex.Summary(written, notRun));
            return written.Any(w => w.Failure is not null) ? 1 : 0;
        });
        return command;
    }

    private static NotebookArtifacts Artifacts(string output, string figures, TextWriter stderr, string? tables = null) =>
        new(output, figures, LibraryFormatters.PlotlyScript, ChromiumScreenshot.FindExecutable(), stderr, tables);

    private static Command NewCommand()
    {
        var path = new Argument<string>("NOTEBOOK.ipynb") { Description = "the notebook to create" };
        var title = new Option<string?>("--title") { Description = "title cell text (default: the file name)", HelpName = "TITLE" };
        var command = new Command("new", "creates a notebook for the kernel: a title cell and an empty cell tagged 'parameters'") { path, title };
        command.Validators.Add(r =>
        {
            if (r.GetValue(path) is { } file && File.Exists(file)) r.AddError($"{file} already exists");
        });
        command.SetAction(parse =>
        {
            var file = parse.GetValue(path)!;
            Notebook.NotebookDocument.Create(parse.GetValue(title) ?? Path.GetFileNameWithoutExtension(file)).Save(file);
            parse.InvocationConfiguration.Output.WriteLine($"created {file}");
            return 0;
        });
        return command;
    }

    private static Command CleanCommand()
    {
        var notebooks = NotebooksArgument("notebooks to clean in place");
        var command = new Command("clean", "removes outputs and execution counts and sets the kernel metadata, in place (as notebooks are committed)") { notebooks };
        command.SetAction(parse =>
        {
            foreach (var path in parse.GetValue(notebooks)!)
            {
                var notebook = Notebook.NotebookDocument.Load(path);
                notebook.Clean();
                notebook.Save(path);
                parse.InvocationConfiguration.Output.WriteLine($"cleaned {path}");
            }
            return 0;
        });
        return command;
    }

    private static Command InstallKernelCommand()
    {
        var user = new Option<bool>("--user") { Description = "install for the current user" };
        var prefix = new Option<string?>("--prefix") { Description = "install under DIR/share/jupyter/kernels", HelpName = "DIR" };
        var command = new Command("install", "writes the Jupyter kernelspec \"C# (DlRadiomics)\" (system-wide by default)") { user, prefix };
        command.Validators.Add(r =>
        {
            if (r.GetValue(user) && r.GetValue(prefix) is not null) r.AddError("use either --user or --prefix");
        });
        command.SetAction(parse =>
        {
            var path = KernelSpec.Install(KernelSpec.KernelsFolder(parse.GetValue(user), parse.GetValue(prefix)), LaunchCommand());
            parse.InvocationConfiguration.Output.WriteLine($"installed kernelspec '{KernelSpec.Name}' ({KernelSpec.DisplayName}) in {path}");
            return 0;
        });
        return command;
    }

    /// <summary>The command that starts this runner: its native launcher, or 'dotnet NotebookRunner.dll' when run through the muxer.</summary>
    private static IReadOnlyList<string> LaunchCommand()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the runner's executable path is unknown");
        var assembly = typeof(RunnerCommands).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? [process, assembly] : [process];
    }

    private static Command KernelCommand()
    {
        var connection = new Option<string>("--connection-file") { Description = "connection file written by Jupyter", HelpName = "FILE", Required = true };
        var command = new Command("kernel", "serves as a Jupyter kernel (started by Jupyter from the kernelspec); 'kernel install' writes the kernelspec") { connection };
        command.SetAction(parse =>
        {
            var info = ConnectionInfo.Load(parse.GetValue(connection)!);
            var session = new NotebookSession(new SessionOptions { WorkingDirectory = Directory.GetCurrentDirectory(), Imports = LibraryImports.Namespaces });
            using var kernel = new JupyterKernel(info, session, parse.InvocationConfiguration.Error);
            // Clients that interrupt by signal (interrupt_mode "signal") must not kill the kernel.
            using var interrupt = InterruptSignal.Register(kernel.Interrupt);
            kernel.Run();
            return 0;
        });
        return command;
    }
}
