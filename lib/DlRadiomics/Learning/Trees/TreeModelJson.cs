using System.Text.Json.Serialization;
using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>
/// The state of a tree model in its JSON envelope (<see cref="ModelJson"/>): <c>options</c> (the settings record),
/// <c>featureCount</c> and <c>trees</c>, each tree its node arrays with thresholds written to the last bit.
/// </summary>
internal static class TreeModelJson
{
    private static readonly JsonSerializerOptions Settings = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<TOptions>(IFittedModel model, TOptions options, IEnumerable<ClassificationTree> trees) where TOptions : ILearner =>
        ModelJson.Write(model, writer =>
        {
            writer.WritePropertyName("options");
            JsonSerializer.Serialize(writer, options, Settings);
            writer.WriteNumber("featureCount", model.FeatureCount);
            writer.WritePropertyName("trees");
            JsonSerializer.Serialize(writer, trees.Select(t => t.ToState()), Settings);
        });

    /// <summary>The settings and trees saved in <paramref name="root"/>.</summary>
    /// <exception cref="LearnerInputException">A missing or malformed part, naming it.</exception>
    public static (TOptions Options, ClassificationTree[] Trees) Read<TOptions>(JsonElement root) where TOptions : ILearner
    {
        var state = ModelJson.State(root);
        try
        {
            var options = ModelJson.Member(state, "options").Deserialize<TOptions>(Settings)
                          ?? throw new LearnerInputException("tree model JSON: 'options' is null");
            int featureCount = ModelJson.Member(state, "featureCount").GetInt32();
            var trees = ModelJson.Member(state, "trees").Deserialize<TreeState[]>(Settings)
                        ?? throw new LearnerInputException("tree model JSON: 'trees' is null");
            return (options, trees.Select(t => ClassificationTree.FromState(t, featureCount)).ToArray());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new LearnerInputException($"tree model JSON: {e.Message}; write the file with ToJson()");
        }
    }
}
