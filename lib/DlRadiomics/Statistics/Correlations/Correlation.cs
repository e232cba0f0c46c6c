using MathNet.Numerics;

namespace DlRadiomics.Statistics.Correlations;

/// <summary>Pearson and Spearman correlation with p-values and correlation matrices, as scipy.stats computes them.</summary>
/// <remarks>
/// r = Σ(x − x̄)(y − ȳ) / sqrt(Σ(x − x̄)² Σ(y − ȳ)²), clipped to [−1, 1]. Spearman's ρ is r of the ranks, tied values
/// sharing the mean of their ranks. Two-sided p = 2·I_{(1−|r|)/2}(n/2 − 1, n/2 − 1), the exact null distribution of r
/// for bivariate normal data (identical to the t test with n − 2 df that spearmanr uses).
/// </remarks>
public static class Correlation
{
    public static CorrelationResult Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y) => Compute(x, y, CorrelationMethod.Pearson);

    public static CorrelationResult Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) => Compute(x, y, CorrelationMethod.Spearman);

    /// <exception cref="StatisticsInputException">Lengths differ, fewer than 3 values, NaN/∞, or a constant vector.</exception>
    public static CorrelationResult Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, CorrelationMethod method, string xName = "x", string yName = "y")
    {
        if (x.Count != y.Count) throw new StatisticsInputException($"{xName} has {x.Count} values but {yName} has {y.Count}; correlation needs paired values");
        var a = Prepare(x, xName, method);
        var b = Prepare(y, yName, method);
        double r = Coefficient(a, b);
        return new CorrelationResult(method, r, PValue(r, x.Count), x.Count);
    }

    /// <summary>The matrix of coefficients and p-values of named columns (all of equal length).</summary>
    public static CorrelationMatrix Matrix(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> columns, CorrelationMethod method)
    {
        if (names.Count != columns.Count) throw new StatisticsInputException($"{names.Count} names for {columns.Count} columns");
        int p = columns.Count;
        var prepared = new double[p][];
        for (int i = 0; i < p; i++)
        {
            if (columns[i].Count != columns[0].Count)
                throw new StatisticsInputException($"column '{names[i]}' has {columns[i].Count} values but '{names[0]}' has {columns[0].Count}");
            prepared[i] = Prepare(columns[i], names[i], method);
        }
        var r = new double[p, p];
        var pv = new double[p, p];
        for (int i = 0; i < p; i++)
        {
            r[i, i] = 1; pv[i, i] = 0;
            for (int j = i + 1; j < p; j++)
            {
                r[i, j] = r[j, i] = Coefficient(prepared[i], prepared[j]);
                pv[i, j] = pv[j, i] = PValue(r[i, j], columns[0].Count);
            }
        }
        return new CorrelationMatrix(method, names.ToArray(), r, pv);
    }

    /// <summary>Ranks 1..n with ties given their average rank (scipy.stats.rankdata, method "average").</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        int n = values.Count;
        var order = Enumerable.Range(0, n).ToArray();
        var keys = values.ToArray();
        Array.Sort(keys, order);
        var ranks = new double[n];
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end + 1 < n && keys[end + 1] == keys[start]) end++;
            double average = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) ranks[order[k]] = average;
            start = end + 1;
        }
        return ranks;
    }

    /// <summary>Checks a column and returns it centred and scaled to unit length (ranks first for Spearman).</summary>
    private static double[] Prepare(IReadOnlyList<double> values, string name, CorrelationMethod method)
    {
        if (values.Count < 3) throw new StatisticsInputException($"'{name}' has {values.Count} values; a correlation test needs at least 3");
        for (int i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i])) throw new StatisticsInputException($"'{name}'[{i}] is {values[i]}; remove or impute missing values first");
        var v = method == CorrelationMethod.Spearman ? Ranks(values) : values.ToArray();
        double mean = v.Average();
        double norm = 0;
        for (int i = 0; i < v.Length; i++) { v[i] -= mean; norm += v[i] * v[i]; }
        norm = Math.Sqrt(norm);
        if (norm == 0 || norm < 1e-13 * Math.Abs(mean) * Math.Sqrt(v.Length))
            throw new StatisticsInputException($"'{name}' is constant, so its correlation is undefined; drop constant features first");
        for (int i = 0; i < v.Length; i++) v[i] /= norm;
        return v;
    }

    private static double Coefficient(double[] a, double[] b)
    {
        double r = 0;
        for (int i = 0; i < a.Length; i++) r += a[i] * b[i];
        return Math.Clamp(r, -1, 1);
    }

    private static double PValue(double r, int n)
    {
        double ab = n / 2.0 - 1;
        return Math.Min(1, 2 * SpecialFunctions.BetaRegularized(ab, ab, (1 - Math.Abs(r)) / 2));
    }
}
