namespace DlRadiomics.Learning;

/// <summary>
/// Finds the split of one node as scikit-learn's dense splitters do (<c>node_split</c> in
/// <c>sklearn/tree/_splitter.pyx</c>): candidate features are drawn without replacement by a Fisher–Yates walk over
/// a feature array kept from node to node, features found constant (max ≤ min + 10⁻⁷ in single precision) are
/// remembered for the node's descendants and do not count towards <c>max_features</c>, and a candidate replaces the
/// best only when its Gini proxy is strictly larger, so that ties go to the feature drawn first.
/// </summary>
/// <remarks>
/// With w the weights and n₀, n₁ the class weights of a side, Gini impurity is i = 1 − (n₀² + n₁²)/w²; the proxy
/// maximised is −w_R·i_R − w_L·i_L, and the reported improvement is
/// (w/W)·(i − (w_R/w)·i_R − (w_L/w)·i_L) with W the weight of all rows of the tree. Weights are integers (1 or a
/// bootstrap count) and summed as integers, so every sum is exact and the order in which rows are visited never changes
/// a result. A node's weights come from its parent's split, the root's from the tree's rows.
/// </remarks>
internal abstract class NodeSplitter
{
    /// <summary>Values closer than this (in single precision) count as equal, as scikit-learn's FEATURE_THRESHOLD.</summary>
    protected const float FeatureThreshold = 1e-7f;

    private readonly int[] _features, _constantFeatures;
    private readonly int _maxFeatures;
    private double _nodeWeight, _nodePositive, _totalWeight;

    protected NodeSplitter(TreeTrainingData data, TreeGrowth growth)
    {
        Data = data;
        MinSamplesLeaf = growth.MinSamplesLeaf;
        _maxFeatures = growth.CandidateFeatures;
        _features = new int[data.Features];
        _constantFeatures = new int[data.Features];
        Weight = new int[data.Rows];
        PositiveWeight = new int[data.Rows];
        Random = new TreeRandom(0);
    }

    protected TreeTrainingData Data { get; }

    protected int MinSamplesLeaf { get; }

    /// <summary>Weight of each training row in the current tree (0: not drawn).</summary>
    protected int[] Weight { get; }

    /// <summary>Weight × outcome of each training row.</summary>
    protected int[] PositiveWeight { get; }

    protected TreeRandom Random { get; private set; }

    /// <summary>Distinct rows in the current tree.</summary>
    public int SampleCount { get; private set; }

    /// <summary>
    /// Starts a tree on rows weighted by <paramref name="weights"/>, drawing from <paramref name="seed"/>; returns the
    /// weight of all its rows and of its class-1 rows.
    /// </summary>
    public (int Weight, int Positive) StartTree(ReadOnlySpan<int> weights, uint seed)
    {
        Random = new TreeRandom(seed);
        for (int f = 0; f < _features.Length; f++) _features[f] = f;
        int total = 0, positive = 0;
        SampleCount = 0;
        for (int i = 0; i < Data.Rows; i++)
        {
            Weight[i] = weights[i];
            PositiveWeight[i] = weights[i] * Data.Labels[i];
            total += weights[i];
            positive += PositiveWeight[i];
            if (weights[i] != 0) SampleCount++;
        }
        _totalWeight = total;
        StartRows();
        return (total, positive);
    }

    /// <summary>Orders the current tree's rows for the root node.</summary>
    protected abstract void StartRows();

    /// <summary>
    /// Evaluates <paramref name="feature"/> at the node; false when it is constant there. Otherwise updates
    /// <paramref name="best"/> (with the weights of its left side) when the feature's candidate split has a larger
    /// proxy than <paramref name="bestProxy"/>.
    /// </summary>
    protected abstract bool TryFeature(int feature, int start, int end, ref double bestProxy, ref Split best);

    /// <summary>
    /// Reorders the node's rows so that those going left come first; <paramref name="varying"/> holds every feature not
    /// known to be constant in the node, which are the only ones the node's descendants may evaluate.
    /// </summary>
    protected abstract void Partition(int start, int end, in Split best, ReadOnlySpan<int> varying);

    /// <summary>Gini impurity 1 − (n₀² + n₁²)/w², in scikit-learn's order of operations.</summary>
    public static double Gini(double negative, double positive, double weight) =>
        1.0 - (negative * negative + positive * positive) / (weight * weight);

    /// <summary>The Gini proxy −w_R·i_R − w_L·i_L of sending <paramref name="leftWeight"/> (of which <paramref name="leftPositive"/> class 1) left.</summary>
    protected double Proxy(double leftWeight, double leftPositive)
    {
        double rightWeight = _nodeWeight - leftWeight, rightPositive = _nodePositive - leftPositive;
        return -rightWeight * Gini(rightWeight - rightPositive, rightPositive, rightWeight)
               - leftWeight * Gini(leftWeight - leftPositive, leftPositive, leftWeight);
    }

    /// <summary>
    /// The best split of the node [start, end) with impurity <paramref name="impurity"/>, total weight
    /// <paramref name="weight"/> and class-1 weight <paramref name="positive"/>; <paramref name="constantCount"/> is the
    /// number of features known constant from the ancestors, updated for the children.
    /// </summary>
    public Split FindSplit(int start, int end, double impurity, int weight, int positive, ref int constantCount)
    {
        (_nodeWeight, _nodePositive) = (weight, positive);
        int fi = _features.Length, visited = 0, found = 0, drawn = 0, known = constantCount, total = known;
        var best = new Split(0, 0, end, double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, 0, 0);
        double bestProxy = double.NegativeInfinity;
        while (fi > total && (visited < _maxFeatures || visited <= found + drawn))
        {
            visited++;
            int fj = Random.NextInt(drawn, fi - found);
            if (fj < known)
            {
                (_features[drawn], _features[fj]) = (_features[fj], _features[drawn]);
                drawn++;
                continue;
            }
            fj += found;
            if (!TryFeature(_features[fj], start, end, ref bestProxy, ref best))
            {
                (_features[fj], _features[total]) = (_features[total], _features[fj]);
                found++;
                total++;
                continue;
            }
            fi--;
            (_features[fi], _features[fj]) = (_features[fj], _features[fi]);
        }
        if (best.Position < end)
        {
            // _features[0, total) are the features constant in the node, known or found.
            Partition(start, end, best, _features.AsSpan(total));
            double leftWeight = best.LeftWeight, leftPositive = best.LeftPositive;
            double rightWeight = _nodeWeight - leftWeight, rightPositive = _nodePositive - leftPositive;
            double impurityLeft = Gini(leftWeight - leftPositive, leftPositive, leftWeight);
            double impurityRight = Gini(rightWeight - rightPositive, rightPositive, rightWeight);
            double improvement = _nodeWeight / _totalWeight
                                 * (impurity - rightWeight / _nodeWeight * impurityRight - leftWeight / _nodeWeight * impurityLeft);
            best = best with { ImpurityLeft = impurityLeft, ImpurityRight = impurityRight, Improvement = improvement };
        }
        // Constant features keep their order for the siblings and descendants (scikit-learn's invariant).
        _constantFeatures.AsSpan(0, known).CopyTo(_features);
        _features.AsSpan(known, found).CopyTo(_constantFeatures.AsSpan(known));
        constantCount = total;
        return best;
    }
}
