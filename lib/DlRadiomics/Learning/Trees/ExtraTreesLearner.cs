using System.Text.Json.Serialization;

namespace DlRadiomics.Learning;

/// <summary>
/// Extremely randomised trees (Geurts, Ernst &amp; Wehenkel 2006) with scikit-learn 1.2's <c>ExtraTreesClassifier</c>
/// defaults as ours: <c>n_estimators=100</c>, <c>criterion="gini"</c>, <c>max_depth=None</c>,
/// <c>min_samples_split=2</c>, <c>min_samples_leaf=1</c>, <c>max_features="sqrt"</c>, <c>bootstrap=False</c>; short
/// name <c>et</c>.
/// </summary>
/// <remarks>
/// Each tree uses every row; at each node it draws ⌊√m⌋ candidate features, gives each one threshold uniform between
/// the feature's minimum and maximum in the node, and keeps the candidate with the largest Gini decrease. P(y = 1) is
/// the mean over trees of the leaf's class-1 fraction. Seeds and draws follow scikit-learn's, so <see cref="Seed"/> = s
/// reproduces <c>random_state=s</c> (scikit-learn's default None is not reproducible; ours is 0). Trees grow in
/// parallel; the result does not depend on <see cref="MaxDegreeOfParallelism"/>.
/// </remarks>
/// <param name="Trees">Number of trees (<c>n_estimators</c>).</param>
/// <param name="MaxDepth">Deepest level a node may have; null for no limit (<c>max_depth</c>).</param>
/// <param name="MinSamplesSplit">Fewest rows a node needs to be split (<c>min_samples_split</c>).</param>
/// <param name="MinSamplesLeaf">Fewest rows each child must keep (<c>min_samples_leaf</c>).</param>
/// <param name="MaxFeatures">Features drawn as candidates at each node (<c>max_features</c>).</param>
/// <param name="Bootstrap">Grow each tree on a bootstrap sample (<c>bootstrap</c>).</param>
/// <param name="Seed">Seed of every random draw (<c>random_state</c>), 0 or more.</param>
/// <param name="MaxDegreeOfParallelism">Trees grown at once; −1 for all cores (<c>n_jobs=-1</c>).</param>
public sealed record ExtraTreesLearner(
    int Trees = 100,
    int? MaxDepth = null,
    int MinSamplesSplit = 2,
    int MinSamplesLeaf = 1,
    MaxFeatures MaxFeatures = MaxFeatures.Sqrt,
    bool Bootstrap = false,
    int Seed = 0,
    int MaxDegreeOfParallelism = -1) : ILearner
{
    /// <inheritdoc/>
    [JsonIgnore]
    public string Name => "et";

    /// <inheritdoc/>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> HyperParameters =>
        Forest.HyperParameters(Trees, MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxFeatures, Bootstrap, Seed, MaxDegreeOfParallelism);

    /// <inheritdoc cref="ILearner.Fit"/>
    public ForestModel Fit(double[][] x, IReadOnlyList<int> y) =>
        Forest.Fit(this, x, y, Trees, MaxDepth, MinSamplesSplit, MinSamplesLeaf, MaxFeatures, Bootstrap, Seed, MaxDegreeOfParallelism, randomThresholds: true);

    IFittedModel ILearner.Fit(double[][] x, IReadOnlyList<int> y) => Fit(x, y);
}
