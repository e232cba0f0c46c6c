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
        var left = new List<int>();
        var right = new List<int>();
        var feature = new List<int>();
        var threshold = new List<double>();
        var impurities = new List<double>();
        var samples = new List<int>();
        var weighted = new List<double>();
        var negative = new List<double>();
        var positive = new List<double>();
        var stack = new Stack<(int Start, int End, int Depth, int Parent, bool IsLeft, double Impurity, int Constant, int Weight, int Positive)>();
        stack.Push((0, _splitter.SampleCount, 0, -1, false, double.PositiveInfinity, 0, rootWeight, rootPositive));
        bool root = true;
        while (stack.Count > 0)
        {
            var (start, end, depth, parent, isLeft, impurity, constant, weight, pos) = stack.Pop();
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
            int node = left.Count;
            if (parent >= 0)
            {
                if (isLeft) left[parent] = node;
                else right[parent] = node;
            }
            left.Add(ClassificationTree.Leaf);
            right.Add(ClassificationTree.Leaf);
            feature.Add(leaf ? ClassificationTree.Undefined : split.Feature);
            threshold.Add(leaf ? ClassificationTree.Undefined : split.Threshold);
            impurities.Add(impurity);
            samples.Add(n);
            weighted.Add(weight);
            negative.Add(neg);
            positive.Add(pos);
            if (leaf) continue;
            stack.Push((split.Position, end, depth + 1, node, false, split.ImpurityRight, constant, weight - split.LeftWeight, pos - split.LeftPositive));
            stack.Push((start, split.Position, depth + 1, node, true, split.ImpurityLeft, constant, split.LeftWeight, split.LeftPositive));
        }
        return new ClassificationTree(_data.Features, left.ToArray(), right.ToArray(), feature.ToArray(), threshold.ToArray(),
            impurities.ToArray(), samples.ToArray(), weighted.ToArray(), negative.ToArray(), positive.ToArray());
    }
}
