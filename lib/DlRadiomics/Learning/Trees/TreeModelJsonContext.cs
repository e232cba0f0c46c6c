using System.Text.Json.Serialization;

namespace DlRadiomics.Learning;

/// <summary>Compile-time JSON serialisers of the tree learners' settings and node arrays (camelCase, enums by name).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(DecisionTreeLearner))]
[JsonSerializable(typeof(RandomForestLearner))]
[JsonSerializable(typeof(ExtraTreesLearner))]
[JsonSerializable(typeof(TreeState[]))]
internal sealed partial class TreeModelJsonContext : JsonSerializerContext;
