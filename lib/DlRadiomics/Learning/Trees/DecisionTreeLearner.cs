using System.Text.Json.Serialization;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Learning;

/// <summary>
/// A CART classification tree with Gini impurity, with scikit-learn 1.2's <c>DecisionTreeClassifier</c> defaults as
/// ours: <c>criterion="gini"</c>, <c>splitter="best"</c>, <c>max_depth=None</c>, <c>min_samples_split=2</c>,
/// <c>min_samples_leaf=1</c>, <c>max_features=None</c> (every feature at every node); short name <c>dt</c>.
/// </summary>
/// <remarks>
/// Each node takes, over all candidate features and all thresholds at midpoints between consecutive distinct values,
/// the split with the largest decrease in weighted Gini impurity; P(y = 1) is the class-1 fraction of the row's leaf.
/// Features are compared in single precision, as scikit-learn's float32 copy of X. Equally good splits on different
/// features are decided by the order in which a seeded random permutation visits the features — scikit-learn's
/// generator and permutation, so that <see cref="Seed"/> = s grows the same tree as <c>random_state=s</c> (scikit-learn's
/// default <c>random_state=None</c> is not reproducible; ours is 0).
/// </remarks>
/// <param name="MaxDepth">Deepest level a node may have; null for no limit (<c>max_depth</c>).</param>
/// <param name="MinSamplesSplit">Fewest rows a node needs to be split (<c>min_samples_split</c>).</param>
/// <param name="MinSamplesLeaf">Fewest rows each child must keep (<c>min_samples_leaf</c>).</param>
/// <param name="MaxFeatures">Features drawn as candidates at each node (<c>max_features</c>).</param>
/// <param name="Seed">Seed of the feature permutation (<c>random_state</c>), 0 or more.</param>
public sealed record DecisionTreeLearner(
    int? MaxDepth = null,
    int MinSamplesSplit = 2,
    int MinSamplesLeaf = 1,
    MaxFeatures MaxFeatures = MaxFeatures.All,
    int Seed = 0) : ILearner
{
    /// <inheritdoc/>
    [JsonIgnore]
    public string Name => "dt";

    /// <inheritdoc/>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> HyperParameters => new Dictionary<string, string>
    {
        ["criterion"] = "gini",
        ["splitter"] = "best",
        ["max_depth"] = TreeGrowth.Text(MaxDepth),
        ["min_samples_split"] = ModelJson.Format(MinSamplesSplit),
        ["min_samples_leaf"] = ModelJson.Format(MinSamplesLeaf),
        ["max_features"] = TreeGrowth.Text(MaxFeatures),
        ["random_state"] = ModelJson.Format(Seed),
    };

    /// <inheritdoc cref="ILearner.Fit"/>
    public DecisionTreeModel Fit(double[][] x, IReadOnlyList<int> y)
    {
        LearnerInput.CheckOption(Name, Seed >= 0, "Seed", Seed, "0 or more");
        int features = LearnerInput.CheckTraining(Name, x, y);
        var growth = TreeGrowth.Create(Name, MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxFeatures, false, features);
        var data = TreeTrainingData.Create(Name, x, y, presort: true);
        var weights = new int[x.Length];
        Array.Fill(weights, 1);
        uint seed = new NumpyRandomState((uint)Seed).NextInterval(TreeRandom.Max - 1);
        return new DecisionTreeModel(this, new TreeBuilder(data, growth).Grow(weights, seed));
    }

    IFittedModel ILearner.Fit(double[][] x, IReadOnlyList<int> y) => Fit(x, y);
}
