namespace DlRadiomics.Statistics.Selection;

/// <summary>Validation and column-major copies of a patients × features table given as rows.</summary>
internal static class FeatureRows
{
    /// <summary>Checks the rows are rectangular and finite; returns the columns (features) as arrays.</summary>
    public static double[][] Columns(double[][] rows, string what = "x")
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0) throw new ModelInputException($"{what} has no rows; give at least one patient");
        int p = rows[0]?.Length ?? throw new ModelInputException($"{what} row 0 is null");
        if (p == 0) throw new ModelInputException($"{what} has no feature columns");
        var cols = new double[p][];
        for (int j = 0; j < p; j++) cols[j] = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            var r = rows[i] ?? throw new ModelInputException($"{what} row {i} is null");
            if (r.Length != p) throw new ModelInputException($"{what} row {i} has {r.Length} values but row 0 has {p}; every row needs one value per feature");
            for (int j = 0; j < p; j++)
            {
                double v = r[j];
                if (!double.IsFinite(v))
                    throw new ModelInputException($"{what} row {i}, column {j} is {v}; remove or impute missing values before fitting (listwise deletion: drop the row)");
                cols[j][i] = v;
            }
        }
        return cols;
    }

    public static void CheckFinite(IReadOnlyList<double> y, string what)
    {
        for (int i = 0; i < y.Count; i++)
            if (!double.IsFinite(y[i])) throw new ModelInputException($"{what} row {i} is {y[i]}; the outcome must be finite");
    }

    /// <summary>Checks a 0/1 outcome with both classes present.</summary>
    public static void CheckBinary(IReadOnlyList<int> y, string what = "outcome")
    {
        int ones = 0;
        for (int i = 0; i < y.Count; i++)
        {
            if (y[i] is not (0 or 1)) throw new ModelInputException($"{what} row {i} is {y[i]}; code the outcome as 0/1");
            ones += y[i];
        }
        if (ones == 0 || ones == y.Count)
            throw new ModelInputException($"{what} has a single class ({(ones == 0 ? 0 : 1)} for all {y.Count} rows); a model needs both events and non-events");
    }

    public static void CheckLength(int rows, int outcome, string what = "outcome")
    {
        if (rows != outcome) throw new ModelInputException($"x has {rows} rows but {what} has {outcome} values; they must describe the same patients");
    }

    public static string[] Names(IReadOnlyList<string>? names, int p)
    {
        if (names is null) return Enumerable.Range(0, p).Select(j => $"x{j}").ToArray();
        if (names.Count != p) throw new ModelInputException($"{names.Count} feature names given for {p} columns");
        return names.ToArray();
    }
}
