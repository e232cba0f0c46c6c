using System.Text.Json.Nodes;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>A fitted selection step: keeps the input columns <paramref name="Kept"/> (0-based, increasing), in that order.</summary>
/// <param name="Name">The step that chose them (mwu, spearman, lasso).</param>
/// <param name="InputCount">Features of the rows it was fitted on.</param>
/// <param name="Kept">Indices of the kept columns.</param>
public sealed record ColumnSelection(string Name, int InputCount, int[] Kept) : IFittedStep
{
    public int OutputCount => Kept.Length;

    public double[][] Transform(double[][] x) => x.Select(r => Kept.Select(j => r[j]).ToArray()).ToArray();

    public JsonObject ToJson() => new()
    {
        ["step"] = Name, ["kind"] = "select", ["inputCount"] = InputCount, ["kept"] = new JsonArray(Kept.Select(k => (JsonNode)k).ToArray()),
    };
}
