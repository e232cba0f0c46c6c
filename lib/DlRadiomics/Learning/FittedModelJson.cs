using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>Reads a fitted model back from the JSON that <see cref="IFittedModel.ToJson"/> wrote.</summary>
public static class FittedModelJson
{
    /// <summary>One reader per learner short name; each takes the whole JSON object.</summary>
    private static readonly Dictionary<string, Func<JsonElement, IFittedModel>> Readers = new(StringComparer.Ordinal)
    {
        ["pipeline"] = root => Pipelines.FittedPipeline.FromJson(root),
        ["lr"] = LogisticRegressionModel.FromJson,
        ["knn"] = NearestNeighboursModel.FromJson,
        ["svm"] = SupportVectorModel.FromJson,
        ["dt"] = DecisionTreeModel.FromJson,
        ["rf"] = ForestModel.RandomForestFromJson,
        ["et"] = ForestModel.ExtraTreesFromJson,
        ["mlp"] = MlpModel.FromJson,
        ["xgb"] = XGBoostModel.FromJson,
        ["lgbm"] = LightGbmModel.FromJson,
        ["radscore"] = MutualInformationRadscoreModel.FromJson,
    };

    /// <summary>Reads a model from <paramref name="json"/>.</summary>
    /// <exception cref="LearnerInputException">Not a model object, or a learner name this library does not know.</exception>
    public static IFittedModel Load(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("learner", out var name) || name.ValueKind != JsonValueKind.String)
            throw new LearnerInputException("not a fitted model: expected a JSON object with a string 'learner' field");
        if (!Readers.TryGetValue(name.GetString()!, out var read))
            throw new LearnerInputException($"unknown learner '{name.GetString()}' in the model JSON; known: {string.Join(", ", Readers.Keys.Order())}");
        return read(root.Clone());
    }

    /// <summary>Reads a model from the file at <paramref name="path"/>.</summary>
    public static IFittedModel LoadFile(string path) => Load(File.ReadAllText(path));
}
