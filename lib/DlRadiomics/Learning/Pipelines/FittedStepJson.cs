using System.Text.Json.Nodes;
using System.Text.Json;
using DlRadiomics.Statistics.Preprocessing;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>Reads a fitted step back from the JSON object its <see cref="IFittedStep.ToJson"/> wrote.</summary>
public static class FittedStepJson
{
    /// <exception cref="LearnerInputException">Not a step object, or a kind this library does not know.</exception>
    public static IFittedStep Read(JsonElement step)
    {
        string name = Text(step, "step"), kind = Text(step, "kind");
        return kind switch
        {
            "select" => new ColumnSelection(name, step.GetProperty("inputCount").GetInt32(), Doubles(step, "kept").Select(v => (int)v).ToArray()),
            "scale" => new FittedStandardize(new ZScoreModel(Doubles(step, "mean"), Doubles(step, "scale"),
                Doubles(step, "constant").Select(v => (int)v).ToArray(), new ZScoreOptions(Enum.Parse<VarianceDivisor>(Text(step, "divisor"))))),
            "pca" => new FittedPca(new PcaModel(Doubles(step, "mean"),
                step.GetProperty("components").EnumerateArray().Select(c => c.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray(),
                Doubles(step, "explainedVariance"), Doubles(step, "explainedVarianceRatio"), Doubles(step, "singularValues"))),
            "fusion" => new FittedFusion(step.GetProperty("inputCount").GetInt32(), step.GetProperty("blocks").EnumerateArray().Select(b => new FittedFusionBlock(
                Text(b, "name"), b.GetProperty("offset").GetInt32(), b.GetProperty("width").GetInt32(), b.GetProperty("steps").EnumerateArray().Select(Read).ToArray())).ToArray()),
            _ => throw new LearnerInputException($"unknown pipeline step kind '{kind}' (step '{name}'); known: fusion, pca, scale, select"),
        };
    }

    /// <summary>A JSON array of doubles written in round-trip form.</summary>
    public static JsonArray Array(IEnumerable<double> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new LearnerInputException($"a pipeline step in the model JSON lacks the string field '{name}'");

    private static double[] Doubles(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
