namespace DlRadiomics.Learning;

/// <summary>
/// Extremely randomised trees' split (Geurts et al. 2006; scikit-learn's <c>RandomSplitter</c>): each candidate
/// feature gets one threshold drawn uniformly between its minimum and maximum in the node (the minimum when the draw
/// equals the maximum), and the best of those candidates by Gini proxy is kept.
/// </summary>
/// <remarks>
/// A candidate's values in the node are copied side by side once; its minimum, maximum and the weights on each side of
/// its threshold are then vectorised passes over that copy and over the weights kept in the rows' order. Only the
/// chosen split moves rows.
/// </remarks>
internal sealed class RandomSplitter : NodeSplitter
{
    private readonly int[] _rows, _weight, _positive, _buffer, _goesLeft;
    private readonly float[] _values;

    public RandomSplitter(TreeTrainingData data, TreeGrowth growth) : base(data, growth)
    {
        _rows = new int[data.Rows];
        _weight = new int[data.Rows];
        _positive = new int[data.Rows];
        _buffer = new int[data.Rows];
        _values = new float[data.Rows];
        _goesLeft = new int[data.Rows];
    }

    protected override void StartRows()
    {
        int k = 0;
        for (int r = 0; r < Data.Rows; r++)
            if (Weight[r] != 0) _rows[k++] = r;
        Gather(0, k);
    }

    /// <summary>Copies the weights of the rows [start, end) into the arrays kept in the rows' order.</summary>
    private void Gather(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            int r = _rows[k];
            _weight[k] = Weight[r];
            _positive[k] = PositiveWeight[r];
        }
    }

    protected override bool TryFeature(int feature, int start, int end, ref double bestProxy, ref Split best)
    {
        ReadOnlySpan<int> rows = _rows.AsSpan(start, end - start);
        ReadOnlySpan<float> column = Data.Values.AsSpan(feature * Data.Rows, Data.Rows);
        var values = _values.AsSpan(0, rows.Length);
        for (int k = 0; k < rows.Length; k++) values[k] = column[rows[k]];
        var (min, max) = SplitKernels.MinMax(values);
        if (max <= min + FeatureThreshold) return false;
        double threshold = Random.NextUniform(min, max);
        if (threshold == max) threshold = min;
        var (left, leftWeight, leftPositive) = SplitKernels.SumAtMost(values, SplitKernels.SingleAtMost(threshold),
            _weight.AsSpan(start, rows.Length), _positive.AsSpan(start, rows.Length));
        if (left < MinSamplesLeaf || rows.Length - left < MinSamplesLeaf) return true;
        double proxy = Proxy(leftWeight, leftPositive);
        if (proxy > bestProxy)
        {
            bestProxy = proxy;
            best = best with { Feature = feature, Threshold = threshold, Position = start + left, LeftWeight = leftWeight, LeftPositive = leftPositive };
        }
        return true;
    }

    protected override void Partition(int start, int end, in Split best, ReadOnlySpan<int> varying)
    {
        ReadOnlySpan<float> column = Data.Values.AsSpan(best.Feature * Data.Rows, Data.Rows);
        float bound = SplitKernels.SingleAtMost(best.Threshold);
        var rows = _rows.AsSpan(start, end - start);
        foreach (int r in rows) _goesLeft[r] = column[r] <= bound ? 1 : 0;
        SplitKernels.Partition(rows, _goesLeft, _buffer);
        Gather(start, end);
    }
}
