using System.Text.Json.Nodes;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>One fitted block of a <see cref="FittedFusion"/>.</summary>
/// <param name="Name">The block's name.</param>
/// <param name="Offset">Its first input column (0-based).</param>
/// <param name="Width">Its number of input columns.</param>
/// <param name="Steps">Its fitted steps; the last keeps no column when the block contributes none.</param>
public sealed record FittedFusionBlock(string Name, int Offset, int Width, IReadOnlyList<IFittedStep> Steps)
{
    /// <summary>Columns the block contributes to the fused rows.</summary>
    public int OutputCount => Steps.Count == 0 ? Width : Steps[^1].OutputCount;

    /// <summary>The block's output for rows of the whole input.</summary>
    public double[][] Transform(double[][] x)
    {
        var z = Slice(x, Offset, Width);
        foreach (var step in Steps) z = step.Transform(z);
        return z;
    }

    internal static double[][] Slice(double[][] x, int offset, int width) => x.Select(r => r.AsSpan(offset, width).ToArray()).ToArray();

    public JsonObject ToJson() => new()
    {
        ["name"] = Name, ["offset"] = Offset, ["width"] = Width,
        ["steps"] = new JsonArray(Steps.Select(s => (JsonNode)s.ToJson()).ToArray()),
    };
}
