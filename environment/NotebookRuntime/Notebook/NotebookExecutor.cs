using System.Diagnostics;
using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Execution;

namespace DlRadiomics.Notebooks.Notebook;

/// <summary>
/// Runs the code cells of a notebook in order in one <see cref="NotebookSession"/> and writes their outputs into a
/// copy of it. Stops at the first failing cell unless the cell is tagged <c>raises-exception</c> (nbclient's
/// convention) or <paramref name="continueOnError"/> is set, in which case the remaining cells run and the first
/// failure is still reported. Cells after a stop keep no outputs; an interrupted run always stops.
/// </summary>
public static class NotebookExecutor
{
    public const string RaisesExceptionTag = "raises-exception";

    public static async Task<NotebookRunResult> RunAsync(
        NotebookDocument source, string notebookPath, NotebookSession session,
        IReadOnlyList<KeyValuePair<string, string>>? parameters = null, bool continueOnError = false,
        Action<int, CellResult>? onCell = null, CancellationToken cancellation = default)
    {
        var started = Stopwatch.StartNew();
        var notebook = source.Clone();
        ParameterInjection.Inject(notebook, parameters ?? []);
        notebook.Normalize();
        foreach (var cell in notebook.CodeCells)
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }
        var results = new List<CellResult>();
        NotebookFailure? failure = null;
        var cells = notebook.Cells.OfType<JsonObject>().ToList();
        for (var index = 0; index < cells.Count; index++)
        {
            var cell = cells[index];
            if ((string?)cell["cell_type"] != "code") continue;
            var result = await session.ExecuteAsync(NotebookDocument.Source(cell), cancellation: cancellation);
            results.Add(result);
            cell["execution_count"] = result.ExecutionCount;
            cell["outputs"] = new JsonArray(result.Outputs.Select(o => (JsonNode?)OutputJson.ToNotebookOutput(o, result.ExecutionCount)).ToArray());
            onCell?.Invoke(index + 1, result);
            var expected = NotebookDocument.Tags(cell).Contains(RaisesExceptionTag);
            if (result.Succeeded || expected) continue;
            failure ??= new NotebookFailure(notebookPath, index + 1, NotebookDocument.Id(cell), result.Error?.Name ?? result.Status.ToString(), result.Error?.Value ?? "");
            if (!continueOnError || result.Status == CellStatus.Cancelled) break;
        }
        return new NotebookRunResult(notebook, results, failure, started.Elapsed);
    }
}
