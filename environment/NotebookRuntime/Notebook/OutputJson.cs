using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Display;
using DlRadiomics.Notebooks.Execution;

namespace DlRadiomics.Notebooks.Notebook;

/// <summary>Converts cell outputs to nbformat output objects and MIME bundles to Jupyter's data dictionaries.</summary>
public static class OutputJson
{
    public static JsonObject ToNotebookOutput(CellOutput output, int executionCount) => output switch
    {
        StreamOutput s => new JsonObject { ["name"] = s.Name, ["output_type"] = "stream", ["text"] = NotebookDocument.Lines(s.Text) },
        DisplayOutput d => new JsonObject { ["data"] = Data(d.Bundle, multiline: true), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" },
        ResultOutput r => new JsonObject
        {
            ["data"] = Data(r.Bundle, multiline: true), ["execution_count"] = executionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result",
        },
        ErrorOutput e => new JsonObject
        {
            ["ename"] = e.Name, ["evalue"] = e.Value, ["output_type"] = "error", ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "unknown output kind"),
    };

    /// <summary>The MIME bundle as a data dictionary: JSON types as JSON, text as a string (or line list in notebooks).</summary>
    public static JsonObject Data(MimeBundle bundle, bool multiline)
    {
        var data = new JsonObject();
        foreach (var (mimeType, value) in bundle.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
            data[mimeType] = MimeBundle.IsJsonMimeType(mimeType) ? JsonNode.Parse(value)
                : multiline && mimeType.StartsWith("text/", StringComparison.Ordinal) ? NotebookDocument.Lines(value)
                : value;
        return data;
    }

    /// <summary>Reads a data dictionary back into text per MIME type (JSON types as JSON text).</summary>
    public static IReadOnlyDictionary<string, string> ReadData(JsonObject? data)
    {
        var result = new Dictionary<string, string>();
        if (data is null) return result;
        foreach (var (mimeType, value) in data)
            result[mimeType] = value switch
            {
                JsonArray lines when !MimeBundle.IsJsonMimeType(mimeType) => string.Concat(lines.Select(l => (string?)l)),
                JsonValue text when !MimeBundle.IsJsonMimeType(mimeType) => (string?)text ?? "",
                null => "",
                _ => value.ToJsonString(),
            };
        return result;
    }
}
