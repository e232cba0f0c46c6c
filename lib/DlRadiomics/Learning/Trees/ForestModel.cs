using System.Text.Json;

namespace DlRadiomics.Learning;

/// <summary>A fitted <see cref="RandomForestLearner"/> or <see cref="ExtraTreesLearner"/>: its settings and its trees.</summary>
public sealed class ForestModel : IFittedModel
{
    private readonly ClassificationTree[] _trees;

    internal ForestModel(ILearner options, ClassificationTree[] trees, int featureCount) =>
        (Options, _trees, FeatureCount) = (options, trees, featureCount);

    /// <summary>The settings the forest was grown with: a <see cref="RandomForestLearner"/> or an <see cref="ExtraTreesLearner"/>.</summary>
    public ILearner Options { get; }

    /// <summary>The trees, in the order of their seeds (<c>estimators_</c>).</summary>
    public IReadOnlyList<ClassificationTree> Trees => _trees;

    /// <inheritdoc/>
    public string Name => Options.Name;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> HyperParameters => Options.HyperParameters;

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <summary>
    /// Gini importance of each feature (<c>feature_importances_</c>): the mean over trees with at least one split of
    /// each tree's normalised importances, normalised to sum to 1; all zero when no tree splits.
    /// </summary>
    public double[] FeatureImportances()
    {
        var mean = new double[FeatureCount];
        var splitting = _trees.Where(t => t.NodeCount > 1).ToArray();
        if (splitting.Length == 0) return mean;
        foreach (var tree in splitting)
        {
            var importance = tree.FeatureImportances();
            for (int f = 0; f < FeatureCount; f++) mean[f] += importance[f];
        }
        double sum = 0;
        for (int f = 0; f < FeatureCount; f++) sum += mean[f] /= splitting.Length;
        return mean.Select(v => v / sum).ToArray();
    }

    /// <summary>P(y = 1) per row: the mean over trees of the leaf's class-1 fraction, summed in tree order.</summary>
    public double[] PredictProbability(double[][] x)
    {
        ClassificationTree.CheckRows(Name, x, FeatureCount);
        // Tree by tree, so that one tree's nodes stay in cache while every row walks down it; each row's sum still
        // adds the trees in their order.
        var probability = new double[x.Length];
        foreach (var tree in _trees)
            for (int i = 0; i < x.Length; i++) probability[i] += tree.PositiveFraction(x[i]);
        for (int i = 0; i < x.Length; i++) probability[i] /= _trees.Length;
        return probability;
    }

    /// <inheritdoc/>
    public string ToJson() => Options switch
    {
        RandomForestLearner rf => TreeModelJson.Write(this, rf, _trees),
        ExtraTreesLearner et => TreeModelJson.Write(this, et, _trees),
        _ => throw new InvalidOperationException($"a forest model holds the settings of rf or et, not {Options.GetType().Name}"),
    };

    /// <summary>Reads a random forest that <see cref="ToJson"/> wrote (registered in <see cref="FittedModelJson"/> as <c>rf</c>).</summary>
    internal static ForestModel RandomForestFromJson(JsonElement root) => FromJson<RandomForestLearner>(root);

    /// <summary>Reads an extra-trees model that <see cref="ToJson"/> wrote (registered in <see cref="FittedModelJson"/> as <c>et</c>).</summary>
    internal static ForestModel ExtraTreesFromJson(JsonElement root) => FromJson<ExtraTreesLearner>(root);

    private static ForestModel FromJson<TOptions>(JsonElement root) where TOptions : ILearner
    {
        var (options, trees) = TreeModelJson.Read<TOptions>(root);
        if (trees.Length == 0) throw new LearnerInputException($"{options.Name} model JSON: no trees");
        return new ForestModel(options, trees, trees[0].FeatureCount);
    }
}
