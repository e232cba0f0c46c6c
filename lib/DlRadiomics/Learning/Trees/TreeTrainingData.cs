namespace DlRadiomics.Learning;

/// <summary>
/// Training rows as the tree growers read them: features rounded to single precision and stored column by column
/// (scikit-learn converts X to float32 before growing trees, and thresholds are midpoints of those values), the 0/1
/// outcome, and for each feature the rows in ascending order of its value, sorted once for all trees.
/// </summary>
internal sealed class TreeTrainingData
{
    private TreeTrainingData(int rows, int features, float[] values, byte[] labels, int[]? sortedRows)
    {
        Rows = rows;
        Features = features;
        Values = values;
        Labels = labels;
        SortedRows = sortedRows;
    }

    public int Rows { get; }

    public int Features { get; }

    /// <summary>Value of feature f in row i at [f·Rows + i].</summary>
    public float[] Values { get; }

    public byte[] Labels { get; }

    /// <summary>Rows sorted by feature f at [f·Rows, (f + 1)·Rows); null when the splitter does not need them.</summary>
    public int[]? SortedRows { get; }

    /// <summary>Copies validated rows; <paramref name="presort"/> also sorts every feature's rows (best-split growers).</summary>
    /// <exception cref="LearnerInputException">A value beyond single precision's range (±3.4·10³⁸).</exception>
    public static TreeTrainingData Create(string learner, double[][] x, IReadOnlyList<int> y, bool presort)
    {
        int n = x.Length, m = x[0].Length;
        var values = new float[n * m];
        for (int i = 0; i < n; i++)
            for (int f = 0; f < m; f++)
                values[f * n + i] = SinglePrecision(learner, x[i][f], i, f, "training");
        var labels = new byte[n];
        for (int i = 0; i < n; i++) labels[i] = (byte)y[i];
        int[]? sorted = null;
        if (presort)
        {
            sorted = new int[n * m];
            var keys = new float[n];
            for (int f = 0; f < m; f++)
            {
                var rows = sorted.AsSpan(f * n, n);
                for (int i = 0; i < n; i++) rows[i] = i;
                values.AsSpan(f * n, n).CopyTo(keys);
                keys.AsSpan().Sort(rows);
            }
        }
        return new TreeTrainingData(n, m, values, labels, sorted);
    }

    /// <summary>The value as the trees compare it: rounded to single precision, as scikit-learn's float32 copy of X.</summary>
    /// <exception cref="LearnerInputException">The value overflows single precision.</exception>
    public static float SinglePrecision(string learner, double value, int row, int column, string what)
    {
        float v = (float)value;
        if (float.IsInfinity(v))
            throw new LearnerInputException(
                $"{learner}: {what} row {row}, column {column} is {value}, beyond single precision (trees compare features as float32, as scikit-learn); rescale the feature");
        return v;
    }
}
