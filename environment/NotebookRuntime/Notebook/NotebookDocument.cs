using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DlRadiomics.Notebooks.Notebook;

/// <summary>
/// A Jupyter notebook (nbformat 4) as JSON, keeping every field it does not interpret. Saved as nbformat 4.5 with
/// cell ids, one-space indentation and sources split into lines, as Jupyter writes notebooks.
/// </summary>
public sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private NotebookDocument(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public JsonArray Cells => Root["cells"] as JsonArray ?? throw new NotebookFormatException("the notebook has no 'cells' array");

    public IEnumerable<JsonObject> CodeCells => Cells.OfType<JsonObject>().Where(c => (string?)c["cell_type"] == "code");

    public static NotebookDocument Load(string path)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new NotebookFormatException($"{path} is not valid JSON: {e.Message}"); }
        if (node is not JsonObject root || root["cells"] is not JsonArray)
            throw new NotebookFormatException($"{path} is not a Jupyter notebook (no 'cells' array)");
        if ((int?)root["nbformat"] is not 4)
            throw new NotebookFormatException($"{path} has nbformat {root["nbformat"]}; only nbformat 4 is supported (convert it with 'jupyter nbconvert --to notebook')");
        return new NotebookDocument(root);
    }

    public static NotebookDocument Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new NotebookFormatException("not a JSON object"));

    public NotebookDocument Clone() => new((JsonObject)Root.DeepClone());

    /// <summary>A new notebook for our kernel: a Markdown title cell and an empty code cell tagged <c>parameters</c>.</summary>
    public static NotebookDocument Create(string title)
    {
        var notebook = new NotebookDocument(new JsonObject
        {
            ["cells"] = new JsonArray(
                new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# " + title },
                new JsonObject
                {
                    ["cell_type"] = "code", ["execution_count"] = null, ["metadata"] = new JsonObject { ["tags"] = new JsonArray("parameters") },
                    ["outputs"] = new JsonArray(), ["source"] = "",
                }),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        });
        notebook.Clean();
        return notebook;
    }

    /// <summary>Removes outputs and execution counts and sets our kernel's metadata, as notebooks are committed.</summary>
    public void Clean()
    {
        foreach (var cell in CodeCells)
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }
        var metadata = Root["metadata"] as JsonObject ?? new JsonObject();
        foreach (var (key, value) in Kernel.KernelSpec.NotebookMetadata().ToList()) metadata[key] = value?.DeepClone();
        Root["metadata"] = metadata;
    }

    public void Save(string path)
    {
        Normalize();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Root.ToJsonString(WriteOptions) + "\n");
    }

    /// <summary>Upgrades to nbformat 4.5: every cell gets a unique id, sources become line lists.</summary>
    public void Normalize()
    {
        Root["nbformat"] = 4;
        if ((int?)Root["nbformat_minor"] is not >= 5) Root["nbformat_minor"] = 5;
        Root["metadata"] ??= new JsonObject();
        var ids = new HashSet<string>();
        foreach (var cell in Cells.OfType<JsonObject>())
        {
            var id = (string?)cell["id"];
            if (id is null || !IsValidId(id) || !ids.Add(id))
            {
                id = Guid.NewGuid().ToString("N")[..12];
                ids.Add(id);
                cell["id"] = id;
            }
            cell["metadata"] ??= new JsonObject();
            cell["source"] = Lines(Source(cell));
        }
    }

    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue text => (string?)text ?? "",
        _ => "",
    };

    public static IReadOnlyList<string> Tags(JsonObject cell) =>
        (cell["metadata"]?["tags"] as JsonArray)?.Select(t => (string?)t).OfType<string>().ToList() ?? [];

    public static string Id(JsonObject cell) => (string?)cell["id"] ?? "";

    /// <summary>Splits text into lines that keep their "\n", as nbformat's multiline strings.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static bool IsValidId(string id) =>
        id.Length is >= 1 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
