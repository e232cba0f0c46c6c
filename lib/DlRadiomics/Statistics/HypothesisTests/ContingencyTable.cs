namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Validation and margins of an r×c table of counts; rows or columns that are all zero are dropped.</summary>
internal static class ContingencyTable
{
    public static long[,] Clean(long[,] table, string test)
    {
        int r = table.GetLength(0), c = table.GetLength(1);
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++)
                if (table[i, j] < 0) throw new StatisticsInputException($"{test}: cell [{i},{j}] has the negative count {table[i, j]}.");
        var rows = Enumerable.Range(0, r).Where(i => Enumerable.Range(0, c).Any(j => table[i, j] > 0)).ToArray();
        var cols = Enumerable.Range(0, c).Where(j => Enumerable.Range(0, r).Any(i => table[i, j] > 0)).ToArray();
        if (rows.Length < 2 || cols.Length < 2)
            throw new StatisticsInputException($"{test}: after dropping empty rows/columns the table is {rows.Length}×{cols.Length}; at least 2×2 is needed.");
        var clean = new long[rows.Length, cols.Length];
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < cols.Length; j++) clean[i, j] = table[rows[i], cols[j]];
        return clean;
    }

    public static long[] RowSums(long[,] t) =>
        Enumerable.Range(0, t.GetLength(0)).Select(i => Enumerable.Range(0, t.GetLength(1)).Sum(j => t[i, j])).ToArray();

    public static long[] ColumnSums(long[,] t) =>
        Enumerable.Range(0, t.GetLength(1)).Select(j => Enumerable.Range(0, t.GetLength(0)).Sum(i => t[i, j])).ToArray();

    /// <summary>Expected counts rowᵢ·colⱼ/N under independence.</summary>
    public static double[,] Expected(long[,] t)
    {
        var rs = RowSums(t); var cs = ColumnSums(t);
        double n = rs.Sum();
        var e = new double[rs.Length, cs.Length];
        for (int i = 0; i < rs.Length; i++)
            for (int j = 0; j < cs.Length; j++) e[i, j] = rs[i] * (double)cs[j] / n;
        return e;
    }
}
