using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>Formats compile errors and exceptions of a cell as Jupyter error outputs.</summary>
internal static partial class ExceptionTrace
{
    [GeneratedRegex(@"Submission#\d+\.<<Initialize>>d__\d+\.MoveNext\(\)")] private static partial Regex TopLevelFrame();
    [GeneratedRegex(@"Submission#\d+\.")] private static partial Regex SubmissionPrefix();
    [GeneratedRegex(@" in \S*?(cell\[\d+\]):line ")] private static partial Regex CellPath();

    public static ErrorOutput FromDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var lines = errors.Select(Describe).ToList();
        return new ErrorOutput("CompilationError", lines[0], lines);
    }

    /// <summary>"(line,column): error CS0103: message", positions 1-based within the cell.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({position.Line + 1},{position.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Type, message and the stack frames from the throw site up to the cell (the scripting host's frames are left out).</summary>
    public static ErrorOutput FromException(Exception exception)
    {
        var traceback = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            traceback.Add((current == exception ? "" : "---> ") + $"{current.GetType().FullName}: {current.Message}");
            traceback.AddRange(CellFrames(current));
        }
        return new ErrorOutput(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, traceback);
    }

    /// <summary>"at Submission#3.&lt;&lt;Initialize&gt;&gt;d__0.MoveNext() in /dir/cell[3]:line 2" → "at &lt;cell&gt; in cell[3]:line 2".</summary>
    private static string Readable(string frame) =>
        CellPath().Replace(SubmissionPrefix().Replace(TopLevelFrame().Replace(frame, "<cell>"), ""), " in $1:line ");

    private static IEnumerable<string> CellFrames(Exception exception)
    {
        var frames = (exception.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(f => f.TrimEnd('\r')).ToList();
        var lastCellFrame = frames.FindLastIndex(f => f.Contains("Submission#", StringComparison.Ordinal));
        return (lastCellFrame < 0 ? frames : frames.Take(lastCellFrame + 1)).Select(Readable);
    }
}
