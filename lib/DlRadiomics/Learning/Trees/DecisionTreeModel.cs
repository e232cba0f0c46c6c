using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="DecisionTreeLearner"/>: its settings and its tree.</summary>
public sealed class DecisionTreeModel : IFittedModel
{
    internal DecisionTreeModel(DecisionTreeLearner options, ClassificationTree tree) => (Options, Tree) = (options, tree);

    /// <summary>The settings the tree was grown with.</summary>
    public DecisionTreeLearner Options { get; }

    /// <summary>The tree's nodes.</summary>
    public ClassificationTree Tree { get; }

    /// <inheritdoc/>
    public string Name => Options.Name;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    /// <inheritdoc/>
    public int FeatureCount => Tree.FeatureCount;

    /// <summary>Gini importance of each feature, summing to 1 (<c>feature_importances_</c>); see <see cref="ClassificationTree.FeatureImportances"/>.</summary>
    public double[] FeatureImportances() => Tree.FeatureImportances();

    /// <inheritdoc/>
    public double[] PredictProbability(double[][] x)
    {
        ClassificationTree.CheckRows(Name, x, FeatureCount);
        return x.Select(Tree.PositiveFraction).ToArray();
    }

    /// <inheritdoc/>
    public string ToJson() => TreeModelJson.Write(this, Options, [Tree]);

    /// <summary>Reads the model that <see cref="ToJson"/> wrote (registered in <see cref="FittedModelJson"/> as <c>dt</c>).</summary>
    internal static DecisionTreeModel FromJson(JsonElement root)
    {
        var (options, trees) = TreeModelJson.Read<DecisionTreeLearner>(root);
        if (trees.Length != 1) throw new LearnerInputException($"dt model JSON: expected one tree, found {trees.Length}");
        return new DecisionTreeModel(options, trees[0]);
    }
}
