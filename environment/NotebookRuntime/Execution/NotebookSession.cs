using System.Diagnostics;
using System.Text;
using DlRadiomics.Notebooks.Display;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// Executes C# cells one after another in one Roslyn script state: variables, usings and types of earlier cells are
/// visible in later ones. Captures each cell's console output, <c>display(...)</c> values, the value of a trailing
/// expression and errors. Cells run one at a time; a session is not meant to be used from several threads at once.
/// </summary>
public sealed class NotebookSession
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    private static readonly string[] DefaultImports =
    [
        "System", "System.IO", "System.Linq", "System.Text", "System.Collections.Generic", "System.Threading",
        "System.Threading.Tasks", "DlRadiomics.Notebooks.Display",
    ];

    /// <summary>
    /// Compilations (and emits) run one at a time in the process. Cells run sequentially anyway; serializing also covers
    /// hosts with several sessions, after a compile running concurrently with a session's first cell was once followed
    /// by that session failing to bind <c>System.Linq.Enumerable</c> extension methods.
    /// </summary>
    internal static readonly object CompileGate = new();

    private readonly SessionOptions settings;
    private readonly ScriptGlobals globals = new();
    private readonly OfflinePackageResolver packages;
    private readonly HashSet<string> emittedDependencies = [];
    private readonly HashSet<string> packageAssemblies = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> history = [];
    private ScriptOptions scriptOptions;

    public NotebookSession(SessionOptions? options = null)
    {
        settings = options ?? new SessionOptions();
        ConsoleRouter.Install();
        packages = new OfflinePackageResolver(HostReferences.AssemblyVersion, settings.PackagesRoot);
        var resolver = ScriptMetadataResolver.Default
            .WithBaseDirectory(settings.WorkingDirectory)
            .WithSearchPaths(settings.WorkingDirectory);
        scriptOptions = ScriptOptions.Default
            .WithReferences(HostReferences.All.Concat(settings.References.Select(HostReferences.Create)))
            .WithImports(DefaultImports.Concat(settings.Imports))
            .WithMetadataResolver(resolver)
            .WithSourceResolver(new SourceFileResolver([settings.WorkingDirectory], settings.WorkingDirectory))
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithAllowUnsafe(true)
            .WithLanguageVersion(LanguageVersion.Latest);
    }

    /// <summary>Number of cells executed so far (failed ones included), as Jupyter's execution_count.</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>Source of every executed cell in order.</summary>
    public IReadOnlyList<string> History => history;

    /// <summary>The script state after the last cell that ran (null before the first).</summary>
    internal ScriptState<object>? State { get; private set; }

    internal ScriptOptions ScriptOptions => scriptOptions;

    /// <summary>
    /// Runs one cell. Outputs are returned in order and also passed to <paramref name="onOutput"/> as they happen
    /// (stream text at least every 200 ms). Cancelling <paramref name="cancellation"/> interrupts the cell at its next
    /// loop iteration; a cell still running after the grace period is abandoned and the state of the previous cell kept.
    /// </summary>
    public async Task<CellResult> ExecuteAsync(string code, Action<CellOutput>? onOutput = null, CancellationToken cancellation = default)
    {
        var started = Stopwatch.StartNew();
        var count = ++ExecutionCount;
        history.Add(code);
        var sink = new OutputSink(onOutput);
        var status = await ExecuteIntoAsync(code, count, sink, cancellation);
        return new CellResult(count, status, sink.Snapshot(), started.Elapsed);
    }

    private async Task<CellStatus> ExecuteIntoAsync(string code, int count, OutputSink sink, CancellationToken cancellation)
    {
        var directives = CellDirectives.Parse(code);
        if (directives.Unsupported is { } unsupported)
        {
            sink.Add(new ErrorOutput("UnsupportedDirective", unsupported, [unsupported]));
            return CellStatus.Failed;
        }
        if (directives.ShowAbout) sink.Add(new DisplayOutput(About()));
        foreach (var request in directives.Packages)
        {
            try { AddPackage(request, sink); }
            catch (PackageResolutionException e)
            {
                sink.Add(new ErrorOutput("PackageResolutionError", $"(line {request.Line}) {e.Message}", [$"(line {request.Line}) {e.Message}"]));
                return CellStatus.Failed;
            }
        }
        if (string.IsNullOrWhiteSpace(directives.Code)) return CellStatus.Succeeded;

        var cellOptions = scriptOptions.WithFilePath($"cell[{count}]");
        var tree = CSharpSyntaxTree.ParseText(directives.Code, ParseOptions);
        var root = tree.GetRoot();
        var instrumented = CancellationRewriter.HasLoops(root);
        var script = CreateScript(instrumented ? new CancellationRewriter().Visit(root).ToFullString() : directives.Code, cellOptions);
        var diagnostics = Compile(script);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Report positions of the code as written, not of the instrumented copy.
            if (instrumented) diagnostics = Compile(CreateScript(directives.Code, cellOptions));
            sink.Add(ExceptionTrace.FromDiagnostics(diagnostics));
            return CellStatus.Failed;
        }
        // Emitting and loading the cell's assembly can take long on a busy machine; the timeout is for running it.
        lock (CompileGate) script.CreateDelegate();
        return await RunAsync(script, HasTrailingExpression(root), sink, cancellation);
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Compile(Script script)
    {
        lock (CompileGate) return script.Compile();
    }

    private Script<object> CreateScript(string code, ScriptOptions options) =>
        State is null ? CSharpScript.Create(code, options, typeof(ScriptGlobals)) : State.Script.ContinueWith(code, options);

    private async Task<CellStatus> RunAsync(Script<object> script, bool hasTrailingExpression, OutputSink sink, CancellationToken cancellation)
    {
        using var timeout = settings.CellTimeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
        var context = new CellContext(sink, stop.Token, ResolveDependencies);
        var previous = State;
        using var flush = new Timer(_ => sink.FlushStreams(), null, 200, 200);
        var run = Task.Run(async () =>
        {
            CellContext.Current = context;
            return previous is null
                ? await script.RunAsync(globals, _ => true, stop.Token)
                : await script.RunFromAsync(previous, _ => true, stop.Token);
        }, CancellationToken.None);

        var stopped = new TaskCompletionSource();
        await using (stop.Token.Register(() => stopped.TrySetResult()))
            await Task.WhenAny(run, stopped.Task);
        if (!run.IsCompleted) await Task.WhenAny(run, Task.Delay(settings.InterruptGracePeriod, CancellationToken.None));
        var interruption = timeout.IsCancellationRequested ? CellStatus.TimedOut : CellStatus.Cancelled;

        if (!run.IsCompleted)
        {
            sink.Add(Interrupted(interruption, $" The cell did not reach a cancellation point within {settings.InterruptGracePeriod.TotalSeconds:0.#} s and was abandoned; the next cell continues from the state before it."));
            sink.Detached = true;
            return interruption;
        }
        ScriptState<object> state;
        try { state = await run; }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            sink.Add(Interrupted(interruption, ""));
            return interruption;
        }
        catch (Exception e)
        {
            // The scripting host itself failed (not the cell's code, whose exceptions land in the state).
            sink.Add(ExceptionTrace.FromException(e));
            return CellStatus.Failed;
        }
        State = state;
        if (state.Exception is OperationCanceledException && stop.IsCancellationRequested)
        {
            sink.Add(Interrupted(interruption, ""));
            return interruption;
        }
        if (state.Exception is { } exception)
        {
            sink.Add(ExceptionTrace.FromException(exception));
            return CellStatus.Failed;
        }
        if (hasTrailingExpression && state.ReturnValue is not null)
        {
            try { sink.Add(new ResultOutput(ResolveDependencies(Formatters.Format(state.ReturnValue)))); }
            catch (Exception e)
            {
                sink.Add(ExceptionTrace.FromException(new InvalidOperationException($"formatting the cell's {state.ReturnValue.GetType().Name} result failed: {e.Message}", e)));
                return CellStatus.Failed;
            }
        }
        return CellStatus.Succeeded;
    }

    private ErrorOutput Interrupted(CellStatus status, string detail)
    {
        var message = status == CellStatus.TimedOut
            ? $"The cell ran longer than the timeout of {settings.CellTimeout!.Value.TotalSeconds:0.#} s and was stopped.{detail}"
            : $"The cell was interrupted.{detail}";
        return new ErrorOutput(status == CellStatus.TimedOut ? "TimeoutError" : "KeyboardInterrupt", message, [message]);
    }

    private static bool HasTrailingExpression(SyntaxNode root) =>
        root is CompilationUnitSyntax unit
        && unit.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } };

    private void AddPackage(PackageRequest request, OutputSink sink)
    {
        var (assemblies, notes) = packages.Resolve(request);
        foreach (var note in notes) sink.Write("stderr", note + Environment.NewLine);
        var added = assemblies.Where(packageAssemblies.Add).ToList();
        if (added.Count > 0) scriptOptions = scriptOptions.AddReferences(added.Select(HostReferences.Create));
    }

    /// <summary>Prepends once-per-session HTML dependencies (e.g. plotly.js) to the first output needing them.</summary>
    private MimeBundle ResolveDependencies(MimeBundle bundle)
    {
        if (bundle.HtmlDependencies.IsEmpty) return bundle;
        var resolved = bundle with { HtmlDependencies = [] };
        if (!bundle.Data.TryGetValue(MimeBundle.Html, out var html)) return resolved;
        lock (emittedDependencies)
        {
            var missing = bundle.HtmlDependencies.Where(d => emittedDependencies.Add(d.Key)).Select(d => d.Html);
            return resolved.With(MimeBundle.Html, string.Concat(missing) + html);
        }
    }

    private static MimeBundle About()
    {
        var runtime = typeof(NotebookSession).Assembly.GetName().Version?.ToString(3);
        var roslyn = typeof(CSharpScript).Assembly.GetName().Version?.ToString(3);
        var text = $"DlRadiomics notebook runtime {runtime}: C# {LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString()} " +
                   $"on .NET {Environment.Version} (Roslyn scripting {roslyn}). Directives: #r \"file.dll\", #r \"nuget: Name, Version\" (offline), #!csharp, #!about.";
        return MimeBundle.FromText(text).With(MimeBundle.Html, $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>");
    }
}
