using System.Text.Json.Nodes;
using DlRadiomics.Statistics.Preprocessing;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>A fitted <see cref="StandardizeStep"/>.</summary>
public sealed record FittedStandardize(ZScoreModel Model) : IFittedStep
{
    public string Name => "standardize";
    public int InputCount => Model.Mean.Length;
    public int OutputCount => Model.Mean.Length;

    public double[][] Transform(double[][] x) => Model.Transform(x);

    public JsonObject ToJson() => new()
    {
        ["step"] = Name, ["kind"] = "scale", ["divisor"] = Model.Options.Divisor.ToString(),
        ["mean"] = FittedStepJson.Array(Model.Mean), ["scale"] = FittedStepJson.Array(Model.Scale),
        ["constant"] = new JsonArray(Model.ConstantFeatures.Select(j => (JsonNode)j).ToArray()),
    };
}
