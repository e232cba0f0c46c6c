namespace DlRadiomics.Learning;

/// <summary>
/// Grows one tree depth first, left child before right, as scikit-learn's <c>DepthFirstTreeBuilder</c>: a node is a
/// leaf when it reaches the maximum depth, has fewer rows than the split minimum (or twice the leaf minimum), is pure
/// (Gini ≤ machine epsilon), has no valid split, or its best split's improvement is below −epsilon.
/// </summary>
internal sealed class TreeBuilder
{
    /// <summary>numpy's float64 machine epsilon, scikit-learn's tolerance for a pure node and a useless split.</summary>
    private const double Epsilon = 2.220446049250313e-16;

    private readonly NodeSplitter _splitter;
    private readonly TreeGrowth _growth;
    private readonly TreeTrainingData _data;
    private readonly List<int> _left = [], _right = [], _feature = [], _samples = [];
    private readonly List<double> _threshold = [], _impurities = [], _weighted = [], _negative = [], _positive = [];
    private readonly Stack<(int Start, int End, int Depth, int Parent, bool IsLeft, double Impurity, int Constant, int Weight, int Positive)> _stack = new();

    public TreeBuilder(TreeTrainingData data, TreeGrowth growth)
    {
        _data = data;
        _growth = growth;
        _splitter = growth.RandomThresholds ? new RandomSplitter(data, growth) : new BestSplitter(data, growth);
    }

    /// <summary>
    /// Grows a tree on the rows with non-zero <paramref name="weights"/>, its splitter seeded with
    /// <paramref name="seed"/>. The builder's buffers are reused from tree to tree.
    /// </summary>
    public ClassificationTree Grow(ReadOnlySpan<int> weights, uint seed)
    {
        var (rootWeight, rootPositive) = _splitter.StartTree(weights, seed);
        foreach (var list in new System.Collections.IList[] { _left, _right, _feature, _threshold, _impurities, _samples, _weighted, _negative, _positive })
            list.Clear();
        _stack.Push((0, _splitter.SampleCount, 0, -1, false, double.PositiveInfinity, 0, rootWeight, rootPositive));
        bool root = true;
        while (_stack.Count > 0)
        {
            var (start, end, depth, parent, isLeft, impurity, constant, weight, pos) = _stack.Pop();
            int n = end - start, neg = weight - pos;
            bool leaf = depth >= _growth.MaxDepth || n < _growth.MinSamplesSplit || n < 2 * _growth.MinSamplesLeaf;
            if (root)
            {
                impurity = NodeSplitter.Gini(neg, pos, weight);
                root = false;
            }
            leaf |= impurity <= Epsilon;
            var split = default(Split);
            if (!leaf)
            {
                split = _splitter.FindSplit(start, end, impurity, weight, pos, ref constant);
                leaf = split.Position >= end || split.Improvement + Epsilon < 0;
            }
            int node = _left.Count;
            if (parent >= 0)
            {
                if (isLeft) _left[parent] = node;
                else _right[parent] = node;
            }
            _left.Add(ClassificationTree.Leaf);
            _right.Add(ClassificationTree.Leaf);
            _feature.Add(leaf ? ClassificationTree.Undefined : split.Feature);
            _threshold.Add(leaf ? ClassificationTree.Undefined : split.Threshold);
            _impurities.Add(impurity);
            _samples.Add(n);
            _weighted.Add(weight);
            _negative.Add(neg);
            _positive.Add(pos);
            if (leaf) continue;
            _stack.Push((split.Position, end, depth + 1, node, false, split.ImpurityRight, constant, weight - split.LeftWeight, pos - split.LeftPositive));
            _stack.Push((start, split.Position, depth + 1, node, true, split.ImpurityLeft, constant, split.LeftWeight, split.LeftPositive));
        }
        return new ClassificationTree(_data.Features, _left.ToArray(), _right.ToArray(), _feature.ToArray(), _threshold.ToArray(),
            _impurities.ToArray(), _samples.ToArray(), _weighted.ToArray(), _negative.ToArray(), _positive.ToArray());
    }
}
