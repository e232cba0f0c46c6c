using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace DlRadiomics.Notebooks.Notebook;

/// <summary>
/// Papermill's convention for C#: values given on the command line become a cell tagged <c>injected-parameters</c>
/// placed right after the cell tagged <c>parameters</c> (at the top when there is none), replacing an earlier injected
/// cell. The value's C# type follows its text: true/false → bool, integer → int (long when large), number → double,
/// anything else → string.
/// </summary>
public static class ParameterInjection
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    public static void Inject(NotebookDocument notebook, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0) return;
        var cells = notebook.Cells;
        foreach (var injected in cells.OfType<JsonObject>().Where(c => NotebookDocument.Tags(c).Contains(InjectedTag)).ToList())
            cells.Remove(injected);
        var source = "// Parameters\n" + string.Join("\n", parameters.Select(p => $"var {Identifier(p.Key)} = {Literal(p.Value)};"));
        var cell = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = Guid.NewGuid().ToString("N")[..12],
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
            ["outputs"] = new JsonArray(),
            ["source"] = NotebookDocument.Lines(source),
        };
        var parametersCell = cells.OfType<JsonObject>().FirstOrDefault(c => NotebookDocument.Tags(c).Contains(ParametersTag));
        cells.Insert(parametersCell is null ? 0 : cells.IndexOf(parametersCell) + 1, cell);
    }

    /// <summary>The C# literal for a parameter value given as text.</summary>
    public static string Literal(string value)
    {
        if (value is "true" or "false") return value;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return value;
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return value + "L";
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number.ToString("R", CultureInfo.InvariantCulture) is var r && (r.Contains('.') || r.Contains('E')) ? r : r + ".0";
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }

    private static string Identifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            ? name
            : throw new NotebookFormatException($"parameter name '{name}' is not a C# identifier");
}
