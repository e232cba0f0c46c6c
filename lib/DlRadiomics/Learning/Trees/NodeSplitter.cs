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
/// bootstrap count), so every sum is exact and the order in which rows are visited never changes a result.
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
        Weight = new double[data.Rows];
        PositiveWeight = new double[data.Rows];
        Random = new TreeRandom(0);
    }

    protected TreeTrainingData Data { get; }

    protected int MinSamplesLeaf { get; }

    /// <summary>Weight of each training row in the current tree (0: not drawn).</summary>
    protected double[] Weight { get; }

    /// <summary>Weight × outcome of each training row.</summary>
    protected double[] PositiveWeight { get; }

    protected TreeRandom Random { get; private set; }

    /// <summary>Distinct rows in the current tree.</summary>
    public int SampleCount { get; private set; }

    /// <summary>Starts a tree on rows weighted by <paramref name="weights"/>, drawing from <paramref name="seed"/>.</summary>
    public void StartTree(ReadOnlySpan<double> weights, uint seed)
    {
        Random = new TreeRandom(seed);
        for (int f = 0; f < _features.Length; f++) _features[f] = f;
        _totalWeight = 0;
        SampleCount = 0;
        for (int i = 0; i < Data.Rows; i++)
        {
            Weight[i] = weights[i];
            PositiveWeight[i] = weights[i] * Data.Labels[i];
            _totalWeight += weights[i];
            if (weights[i] != 0) SampleCount++;
        }
        StartRows();
    }

    /// <summary>Orders the current tree's rows for the root node.</summary>
    protected abstract void StartRows();

    /// <summary>The rows of the node [start, end), in any order.</summary>
    protected abstract ReadOnlySpan<int> NodeRows(int start, int end);

    /// <summary>
    /// Evaluates <paramref name="feature"/> at the node; false when it is constant there. Otherwise updates
    /// <paramref name="best"/> when the feature's candidate split has a larger proxy than <paramref name="bestProxy"/>.
    /// </summary>
    protected abstract bool TryFeature(int feature, int start, int end, ref double bestProxy, ref Split best);

    /// <summary>Reorders the node's rows so that those going left come first.</summary>
    protected abstract void Partition(int start, int end, in Split best);

    /// <summary>Class weights (class 0, class 1) of the node [start, end), which later proxies are relative to.</summary>
    public (double Negative, double Positive) StartNode(int start, int end)
    {
        double weight = 0, positive = 0;
        foreach (int r in NodeRows(start, end))
        {
            weight += Weight[r];
            positive += PositiveWeight[r];
        }
        (_nodeWeight, _nodePositive) = (weight, positive);
        return (weight - positive, positive);
    }

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
    /// The best split of the node [start, end) with impurity <paramref name="impurity"/>; <paramref name="constantCount"/>
    /// is the number of features known constant from the ancestors, updated for the children.
    /// </summary>
    public Split FindSplit(int start, int end, double impurity, ref int constantCount)
    {
        int fi = _features.Length, visited = 0, found = 0, drawn = 0, known = constantCount, total = known;
        var best = new Split(0, 0, end, double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity);
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
            Partition(start, end, best);
            double leftWeight = 0, leftPositive = 0;
            foreach (int r in NodeRows(start, best.Position))
            {
                leftWeight += Weight[r];
                leftPositive += PositiveWeight[r];
            }
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
