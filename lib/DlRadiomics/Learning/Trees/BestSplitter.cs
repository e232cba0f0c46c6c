namespace DlRadiomics.Learning;

/// <summary>
/// CART's exhaustive search (scikit-learn's <c>BestSplitter</c>): every threshold between two consecutive distinct
/// values of a candidate feature, placed at their midpoint (the lower value when the midpoint rounds up to the upper).
/// </summary>
/// <remarks>
/// Rows are kept sorted by every feature for the whole tree: the tree's rows are taken from the data's presorted order
/// once, and a split partitions each feature's sorted segment stably, so no node ever sorts (O(m·n) per node for m
/// features and n rows, instead of scikit-learn's O(m·n log n)). Features known to be constant in a node are left
/// unpartitioned, since none of its descendants evaluates them. Results do not depend on the order of tied values.
/// </remarks>
internal sealed class BestSplitter : NodeSplitter
{
    private readonly int[] _sorted, _buffer;
    private readonly int[] _goesLeft;

    public BestSplitter(TreeTrainingData data, TreeGrowth growth) : base(data, growth)
    {
        _sorted = new int[data.Rows * data.Features];
        _buffer = new int[data.Rows];
        _goesLeft = new int[data.Rows];
    }

    private Span<int> Segment(int feature, int start, int end) => _sorted.AsSpan(feature * SampleCount + start, end - start);

    protected override void StartRows()
    {
        var presorted = Data.SortedRows!;
        int n = Data.Rows;
        for (int f = 0; f < Data.Features; f++)
        {
            // Each row is written, and kept (the next one written after it) only when drawn: −w < 0 exactly when the
            // weight w ≥ 0 is not zero. Writes of undrawn rows past the segment land where the next feature's segment
            // is written afterwards, or past the last one.
            var rows = _sorted.AsSpan(f * SampleCount);
            int k = 0;
            foreach (int r in presorted.AsSpan(f * n, n))
            {
                rows[k] = r;
                k += (int)((uint)-Weight[r] >> 31);
            }
        }
    }

    protected override bool TryFeature(int feature, int start, int end, ref double bestProxy, ref Split best)
    {
        ReadOnlySpan<int> rows = Segment(feature, start, end);
        ReadOnlySpan<float> column = Data.Values.AsSpan(feature * Data.Rows, Data.Rows);
        float previous = column[rows[0]];
        if (column[rows[^1]] <= previous + FeatureThreshold) return false;
        int leftWeight = 0, leftPositive = 0;
        int count = rows.Length, minLeaf = MinSamplesLeaf;
        for (int k = 0; k < count - 1; k++)
        {
            int r = rows[k];
            leftWeight += Weight[r];
            leftPositive += PositiveWeight[r];
            float next = column[rows[k + 1]];
            bool distinct = !(next <= previous + FeatureThreshold);
            if (distinct && k + 1 >= minLeaf && count - k - 1 >= minLeaf)
            {
                double proxy = Proxy(leftWeight, leftPositive);
                if (proxy > bestProxy)
                {
                    bestProxy = proxy;
                    double threshold = previous / 2.0 + next / 2.0;
                    if (threshold == next || double.IsInfinity(threshold)) threshold = previous;
                    best = best with
                    {
                        Feature = feature, Threshold = threshold, Position = start + k + 1, LeftWeight = leftWeight, LeftPositive = leftPositive,
                    };
                }
            }
            previous = next;
        }
        return true;
    }

    protected override void Partition(int start, int end, in Split best, ReadOnlySpan<int> varying)
    {
        var node = Segment(best.Feature, start, end);
        int left = best.Position - start;
        foreach (int r in node[..left]) _goesLeft[r] = 1;
        foreach (int r in node[left..]) _goesLeft[r] = 0;
        foreach (int f in varying)
            if (f != best.Feature) SplitKernels.Partition(Segment(f, start, end), _goesLeft, _buffer);
    }
}
