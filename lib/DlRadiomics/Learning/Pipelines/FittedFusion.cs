using System.Text.Json.Nodes;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>A fitted <see cref="FusionStep"/>: each block's fitted steps; the outputs joined side by side in block order.</summary>
/// <param name="InputCount">Columns of the input rows (the blocks' total width).</param>
/// <param name="Blocks">The fitted blocks, in input order.</param>
public sealed record FittedFusion(int InputCount, IReadOnlyList<FittedFusionBlock> Blocks) : IFittedStep
{
    public string Name => "fusion";

    public int OutputCount => Blocks.Sum(b => b.OutputCount);

    public double[][] Transform(double[][] x)
    {
        var parts = Blocks.Where(b => b.OutputCount > 0).Select(b => b.Transform(x)).ToArray();
        return x.Select((_, i) => parts.SelectMany(p => p[i]).ToArray()).ToArray();
    }

    public JsonObject ToJson() => new()
    {
        ["step"] = Name, ["kind"] = "fusion", ["inputCount"] = InputCount,
        ["blocks"] = new JsonArray(Blocks.Select(b => (JsonNode)b.ToJson()).ToArray()),
    };
}
