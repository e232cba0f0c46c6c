namespace DlRadiomics.Learning;

/// <summary>
/// A fitted binary classification tree in scikit-learn's array layout (<c>tree_</c>): node 0 is the root, nodes are
/// numbered depth first with the left child first, and a leaf has no children (−1), feature −2 and threshold −2.
/// </summary>
/// <remarks>
/// A row goes left at node t when x[feature_t] ≤ threshold_t, x rounded to single precision as when the tree was grown.
/// P(y = 1) is the leaf's weighted class fraction value₁ / (value₀ + value₁), the weights being the bootstrap counts in
/// a random forest and 1 otherwise.
/// </remarks>
public sealed class ClassificationTree
{
    /// <summary>Marks a missing child, and a leaf's feature (−2) and threshold (−2) as scikit-learn does.</summary>
    public const int Leaf = -1, Undefined = -2;

    private readonly int[] _left, _right, _feature, _nodeSamples, _children;
    private readonly double[] _threshold, _impurity, _weighted, _negative, _positive, _fraction;

    internal ClassificationTree(int featureCount, int[] left, int[] right, int[] feature, double[] threshold,
        double[] impurity, int[] nodeSamples, double[] weightedNodeSamples, double[] negative, double[] positive)
    {
        FeatureCount = featureCount;
        (_left, _right, _feature, _threshold) = (left, right, feature, threshold);
        (_impurity, _nodeSamples, _weighted, _negative, _positive) = (impurity, nodeSamples, weightedNodeSamples, negative, positive);
        _fraction = new double[left.Length];
        _children = new int[2 * left.Length];
        for (int t = 0; t < left.Length; t++)
        {
            (_children[2 * t], _children[2 * t + 1]) = (left[t], right[t]);
            double total = negative[t] + positive[t];
            _fraction[t] = positive[t] / (total == 0 ? 1 : total);
        }
    }

    /// <summary>The number of features a row must have.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of nodes (<c>node_count</c>).</summary>
    public int NodeCount => _left.Length;

    /// <summary>Left child of each node, −1 for a leaf (<c>children_left</c>).</summary>
    public IReadOnlyList<int> ChildrenLeft => _left;

    /// <summary>Right child of each node, −1 for a leaf (<c>children_right</c>).</summary>
    public IReadOnlyList<int> ChildrenRight => _right;

    /// <summary>The feature a node splits on, −2 for a leaf (<c>feature</c>).</summary>
    public IReadOnlyList<int> Feature => _feature;

    /// <summary>The split threshold of each node, −2 for a leaf (<c>threshold</c>).</summary>
    public IReadOnlyList<double> Threshold => _threshold;

    /// <summary>Gini impurity 1 − p₀² − p₁² of each node's weighted class fractions (<c>impurity</c>).</summary>
    public IReadOnlyList<double> Impurity => _impurity;

    /// <summary>Distinct training rows reaching each node (<c>n_node_samples</c>).</summary>
    public IReadOnlyList<int> NodeSamples => _nodeSamples;

    /// <summary>Total weight of the rows reaching each node (<c>weighted_n_node_samples</c>).</summary>
    public IReadOnlyList<double> WeightedNodeSamples => _weighted;

    /// <summary>Weight of the class-0 rows reaching each node (<c>value[:, 0, 0]</c>).</summary>
    public IReadOnlyList<double> NegativeWeight => _negative;

    /// <summary>Weight of the class-1 rows reaching each node (<c>value[:, 0, 1]</c>).</summary>
    public IReadOnlyList<double> PositiveWeight => _positive;

    /// <summary>The longest root-to-leaf path, in splits (<c>max_depth</c>).</summary>
    public int Depth
    {
        get
        {
            var depth = new int[NodeCount];
            int max = 0;
            for (int t = 0; t < NodeCount; t++)
            {
                if (_left[t] == Leaf) continue;
                depth[_left[t]] = depth[_right[t]] = depth[t] + 1;
                max = Math.Max(max, depth[t] + 1);
            }
            return max;
        }
    }

    /// <summary>The leaf node that <paramref name="row"/> falls into (<c>apply</c>).</summary>
    public int Apply(double[] row)
    {
        // Children side by side, the right one chosen by adding the comparison: no branch on the row's values.
        int t = 0;
        while (_children[2 * t] != Leaf) t = _children[2 * t + ((float)row[_feature[t]] <= _threshold[t] ? 0 : 1)];
        return t;
    }

    /// <summary>P(y = 1) for <paramref name="row"/>: the class-1 weight fraction of its leaf.</summary>
    public double PositiveFraction(double[] row) => _fraction[Apply(row)];

    /// <summary>
    /// Gini importance (mean decrease in impurity) of each feature, normalised to sum to 1 (all zero for a single
    /// leaf), as scikit-learn's <c>feature_importances_</c>: Σ over the nodes splitting on the feature of
    /// w_t·i_t − w_left·i_left − w_right·i_right, divided by the root weight, then by the sum over features.
    /// </summary>
    public double[] FeatureImportances()
    {
        var importance = new double[FeatureCount];
        for (int t = 0; t < NodeCount; t++)
        {
            if (_left[t] == Leaf) continue;
            int l = _left[t], r = _right[t];
            importance[_feature[t]] += _weighted[t] * _impurity[t] - _weighted[l] * _impurity[l] - _weighted[r] * _impurity[r];
        }
        for (int f = 0; f < FeatureCount; f++) importance[f] /= _weighted[0];
        double sum = importance.Sum();
        if (sum > 0)
            for (int f = 0; f < FeatureCount; f++) importance[f] /= sum;
        return importance;
    }

    /// <summary>Checks rows to predict: <paramref name="features"/> finite values each, within single precision's range.</summary>
    /// <exception cref="LearnerInputException">The first bad row, naming row, column and value.</exception>
    internal static void CheckRows(string learner, double[][] x, int features)
    {
        LearnerInput.CheckRows(learner, x, features);
        for (int i = 0; i < x.Length; i++)
            for (int f = 0; f < features; f++)
                TreeTrainingData.SinglePrecision(learner, x[i][f], i, f, "prediction");
    }

    internal TreeState ToState() => new(_left, _right, _feature, _threshold, _impurity, _nodeSamples, _weighted, _negative, _positive);

    /// <summary>Rebuilds a tree from its saved arrays, checking that they describe a tree over <paramref name="featureCount"/> features.</summary>
    /// <exception cref="LearnerInputException">Arrays of different lengths, or a child or feature index out of range.</exception>
    internal static ClassificationTree FromState(TreeState s, int featureCount)
    {
        if (new object?[] { s.ChildrenLeft, s.ChildrenRight, s.Feature, s.Threshold, s.Impurity, s.NodeSamples, s.WeightedNodeSamples,
                s.NegativeWeight, s.PositiveWeight }.Any(a => a is null))
            throw new LearnerInputException("tree JSON: a node array is missing");
        int count = s.ChildrenLeft.Length;
        if (count == 0 || new[] { s.ChildrenRight.Length, s.Feature.Length, s.Threshold.Length, s.Impurity.Length, s.NodeSamples.Length,
                s.WeightedNodeSamples.Length, s.NegativeWeight.Length, s.PositiveWeight.Length }.Any(l => l != count))
            throw new LearnerInputException($"tree JSON: the node arrays must be non-empty and all of length {count}");
        for (int t = 0; t < count; t++)
        {
            bool leaf = s.ChildrenLeft[t] == Leaf && s.ChildrenRight[t] == Leaf;
            bool inner = s.ChildrenLeft[t] > t && s.ChildrenLeft[t] < count && s.ChildrenRight[t] > t && s.ChildrenRight[t] < count
                         && s.Feature[t] >= 0 && s.Feature[t] < featureCount;
            if (!leaf && !inner)
                throw new LearnerInputException(
                    $"tree JSON: node {t} has children {s.ChildrenLeft[t]}, {s.ChildrenRight[t]} and feature {s.Feature[t]}; a node needs two later children and a feature below {featureCount}, or no children");
        }
        return new ClassificationTree(featureCount, s.ChildrenLeft, s.ChildrenRight, s.Feature, s.Threshold, s.Impurity, s.NodeSamples,
            s.WeightedNodeSamples, s.NegativeWeight, s.PositiveWeight);
    }
}
