namespace DlRadiomics.Learning;

/// <summary>
/// Extremely randomised trees' split (Geurts et al. 2006; scikit-learn's <c>RandomSplitter</c>): each candidate
/// feature gets one threshold drawn uniformly between its minimum and maximum in the node (the minimum when the draw
/// equals the maximum), and the best of those candidates by Gini proxy is kept.
/// </summary>
internal sealed class RandomSplitter : NodeSplitter
{
    private readonly int[] _rows;

    public RandomSplitter(TreeTrainingData data, TreeGrowth growth) : base(data, growth) => _rows = new int[data.Rows];

    protected override void StartRows()
    {
        int k = 0;
        for (int r = 0; r < Data.Rows; r++)
            if (Weight[r] != 0) _rows[k++] = r;
    }

    protected override ReadOnlySpan<int> NodeRows(int start, int end) => _rows.AsSpan(start, end - start);

    protected override bool TryFeature(int feature, int start, int end, ref double bestProxy, ref Split best)
    {
        var rows = _rows.AsSpan(start, end - start);
        ReadOnlySpan<float> column = Data.Values.AsSpan(feature * Data.Rows, Data.Rows);
        float min = column[rows[0]], max = min;
        foreach (int r in rows)
        {
            float v = column[r];
            if (v < min) min = v;
            else if (v > max) max = v;
        }
        if (max <= min + FeatureThreshold) return false;
        double threshold = Random.NextUniform(min, max);
        if (threshold == max) threshold = min;
        int position = start + PartitionRows(rows, column, threshold);
        if (position - start < MinSamplesLeaf || end - position < MinSamplesLeaf) return true;
        double leftWeight = 0, leftPositive = 0;
        foreach (int r in rows[..(position - start)])
        {
            leftWeight += Weight[r];
            leftPositive += PositiveWeight[r];
        }
        double proxy = Proxy(leftWeight, leftPositive);
        if (proxy > bestProxy)
        {
            bestProxy = proxy;
            best = best with { Feature = feature, Threshold = threshold, Position = position };
        }
        return true;
    }

    protected override void Partition(int start, int end, in Split best) =>
        PartitionRows(_rows.AsSpan(start, end - start), Data.Values.AsSpan(best.Feature * Data.Rows, Data.Rows), best.Threshold);

    /// <summary>Moves the rows with value ≤ <paramref name="threshold"/> to the front; returns how many there are.</summary>
    private static int PartitionRows(Span<int> rows, ReadOnlySpan<float> column, double threshold)
    {
        int p = 0, end = rows.Length;
        while (p < end)
        {
            if (column[rows[p]] <= threshold) p++;
            else
            {
                end--;
                (rows[p], rows[end]) = (rows[end], rows[p]);
            }
        }
        return end;
    }
}
