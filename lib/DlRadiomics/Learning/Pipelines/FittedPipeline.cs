using System.Text.Json;
using System.Text.Json.Nodes;

namespace DlRadiomics.Learning.Pipelines;

/// <summary>A fitted <see cref="Pipeline"/>: the fitted steps and the model fitted on their output.</summary>
/// <param name="FeatureCount">Features of the rows the pipeline was fitted on.</param>
/// <param name="Steps">The fitted steps, in order.</param>
/// <param name="Model">The learner's model, or null when a selection step kept no column (the null model).</param>
/// <param name="EventRate">Share of events in the training rows: the null model's prediction.</param>
/// <param name="HyperParameters">The learner's hyper-parameters and the steps.</param>
public sealed record FittedPipeline(int FeatureCount, IReadOnlyList<IFittedStep> Steps, IFittedModel? Model, double EventRate,
    IReadOnlyDictionary<string, string> HyperParameters) : IFittedModel
{
    /// <summary>The learner's short name ("null" for the null model).</summary>
    public string Name => Model?.Name ?? "null";

    /// <summary>True when a selection step kept no column, so every row gets <see cref="EventRate"/>.</summary>
    public bool IsNullModel => Model is null;

    /// <summary>
    /// Input columns that reach the learner, in order, when every step is a column selection or a scaling; null when
    /// a PCA step mixes the columns.
    /// </summary>
    public int[]? SelectedColumns
    {
        get
        {
            var columns = Enumerable.Range(0, FeatureCount).ToArray();
            foreach (var step in Steps)
                switch (step)
                {
                    case ColumnSelection s: columns = s.Kept.Select(j => columns[j]).ToArray(); break;
                    case FittedStandardize: break;
                    default: return null;
                }
            return columns;
        }
    }

    public double[] PredictProbability(double[][] x)
    {
        LearnerInput.CheckRows(Name, x, FeatureCount);
        if (Model is null) return Enumerable.Repeat(EventRate, x.Length).ToArray();
        var z = x;
        foreach (var step in Steps) z = step.Transform(z);
        return Model.PredictProbability(z);
    }

    /// <summary><c>learner</c> = "pipeline"; <c>state</c> holds the steps, the event rate and the learner's own model JSON.</summary>
    public string ToJson()
    {
        var root = new JsonObject
        {
            ["learner"] = "pipeline",
            ["hyperParameters"] = new JsonObject(HyperParameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["state"] = new JsonObject
            {
                ["featureCount"] = FeatureCount,
                ["eventRate"] = EventRate,
                ["steps"] = new JsonArray(Steps.Select(s => (JsonNode)s.ToJson()).ToArray()),
                ["model"] = Model is null ? null : JsonNode.Parse(Model.ToJson()),
            },
        };
        return root.ToJsonString();
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote (the whole object).</summary>
    public static FittedPipeline FromJson(JsonElement root)
    {
        var state = root.GetProperty("state");
        var model = state.GetProperty("model");
        return new FittedPipeline(
            state.GetProperty("featureCount").GetInt32(),
            state.GetProperty("steps").EnumerateArray().Select(FittedStepJson.Read).ToArray(),
            model.ValueKind == JsonValueKind.Null ? null : FittedModelJson.Load(model.GetRawText()),
            state.GetProperty("eventRate").GetDouble(),
            root.GetProperty("hyperParameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal));
    }
}
