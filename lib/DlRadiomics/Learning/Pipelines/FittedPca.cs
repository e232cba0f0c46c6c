using System.Text.Json.Nodes;
using DlRadiomics.Statistics.Preprocessing;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>A fitted <see cref="PcaStep"/>: scores (x − mean)·Vᵀ on the kept components.</summary>
public sealed record FittedPca(PcaModel Model) : IFittedStep
{
    public string Name => "pca";
    public int InputCount => Model.Mean.Length;
    public int OutputCount => Model.Components.Length;

    public double[][] Transform(double[][] x) => Model.Transform(x);

    public JsonObject ToJson() => new()
    {
        ["step"] = Name, ["kind"] = "pca", ["mean"] = FittedStepJson.Array(Model.Mean),
        ["components"] = new JsonArray(Model.Components.Select(c => (JsonNode)FittedStepJson.Array(c)).ToArray()),
        ["explainedVariance"] = FittedStepJson.Array(Model.ExplainedVariance),
        ["explainedVarianceRatio"] = FittedStepJson.Array(Model.ExplainedVarianceRatio),
        ["singularValues"] = FittedStepJson.Array(Model.SingularValues),
    };
}
