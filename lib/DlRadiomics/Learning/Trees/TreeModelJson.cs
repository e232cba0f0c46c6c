using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DlRadiomics.Learning;

/// <summary>
/// The state of a tree model in its JSON envelope (<see cref="ModelJson"/>): <c>options</c> (the settings record),
/// <c>featureCount</c> and <c>trees</c>, each tree its node arrays with thresholds written to the last bit.
/// </summary>
/// <remarks>The serialisers are generated at compile time (<see cref="TreeModelJsonContext"/>), so saving and loading
/// trees needs no reflection and works in the Native AOT <c>dlr</c>.</remarks>
internal static class TreeModelJson
{
    private static JsonTypeInfo<T> Info<T>() => TreeModelJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"no JSON serialiser is generated for {typeof(T).Name}; add it to TreeModelJsonContext");

    public static string Write<TOptions>(IFittedModel model, TOptions options, IEnumerable<ClassificationTree> trees) where TOptions : ILearner =>
        ModelJson.Write(model, writer =>
        {
            writer.WritePropertyName("options");
            JsonSerializer.Serialize(writer, options, Info<TOptions>());
            writer.WriteNumber("featureCount", model.FeatureCount);
            writer.WritePropertyName("trees");
            JsonSerializer.Serialize(writer, trees.Select(t => t.ToState()).ToArray(), TreeModelJsonContext.Default.TreeStateArray);
        });

    /// <summary>The settings and trees saved in <paramref name="root"/>.</summary>
    /// <exception cref="LearnerInputException">A missing or malformed part, naming it.</exception>
    public static (TOptions Options, ClassificationTree[] Trees) Read<TOptions>(JsonElement root) where TOptions : ILearner
    {
        var state = ModelJson.State(root);
        try
        {
            var options = ModelJson.Member(state, "options").Deserialize(Info<TOptions>())
                          ?? throw new LearnerInputException("tree model JSON: 'options' is null");
            int featureCount = ModelJson.Member(state, "featureCount").GetInt32();
            var trees = ModelJson.Member(state, "trees").Deserialize(TreeModelJsonContext.Default.TreeStateArray)
                        ?? throw new LearnerInputException("tree model JSON: 'trees' is null");
            return (options, trees.Select(t => ClassificationTree.FromState(t, featureCount)).ToArray());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new LearnerInputException($"tree model JSON: {e.Message}; write the file with ToJson()");
        }
    }
}
