using DlRadiomics.Statistics.Selection;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Scoring;

/// <summary>
/// A rad-score: a fixed linear combination of named features, fitted once (from a lasso or a logistic fit) and then
/// used to score new patients.
/// </summary>
/// <remarks>Rad-score = β₀ + Σ_j β_j·x_j over <see cref="FeatureNames"/>; on a logistic fit it is the log-odds.</remarks>
public sealed record RadScore
{
    /// <param name="featureNames">Features in the order of <paramref name="coefficients"/>.</param>
    /// <param name="coefficients">Weight of each feature.</param>
    /// <param name="intercept">Constant term β₀.</param>
    public RadScore(IReadOnlyList<string> featureNames, IReadOnlyList<double> coefficients, double intercept)
    {
        FeatureNames = featureNames.ToArray();
        Coefficients = coefficients.ToArray();
        Intercept = intercept;
        if (FeatureNames.Length != Coefficients.Length)
            throw new ModelInputException($"{FeatureNames.Length} feature names but {Coefficients.Length} coefficients; give one coefficient per feature");
        var duplicate = FeatureNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ModelInputException($"feature '{duplicate.Key}' appears twice in the rad-score");
        if (!double.IsFinite(intercept) || Coefficients.Any(c => !double.IsFinite(c)))
            throw new ModelInputException("a rad-score coefficient or the intercept is not finite; refit the model");
    }

    public string[] FeatureNames { get; }
    public double[] Coefficients { get; }
    public double Intercept { get; }

    /// <summary>Scores rows whose columns are exactly <see cref="FeatureNames"/>, in that order.</summary>
    public double[] Score(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var scores = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != FeatureNames.Length)
                throw new ModelInputException($"row {i} has {rows[i].Length} values; the rad-score needs the {FeatureNames.Length} features {string.Join(", ", FeatureNames)} in that order");
            scores[i] = Combine(j => rows[i][j], i);
        }
        return scores;
    }

    /// <summary>Scores rows whose columns are named by <paramref name="columnNames"/> (any order, extra columns ignored).</summary>
    public double[] Score(double[][] rows, IReadOnlyList<string> columnNames)
    {
        var index = ColumnIndices(columnNames);
        var scores = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != columnNames.Count)
                throw new ModelInputException($"row {i} has {rows[i].Length} values but {columnNames.Count} column names were given");
            scores[i] = Combine(j => rows[i][index[j]], i);
        }
        return scores;
    }

    /// <summary>Scores every row of a table holding (at least) the feature columns by name.</summary>
    public double[] Score(DataFrame table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var names = table.Columns.Select(c => c.Name).ToArray();
        var index = ColumnIndices(names);
        var columns = index.Select(k => table.Columns[k]).ToArray();
        var scores = new double[table.Rows.Count];
        for (int i = 0; i < scores.Length; i++)
            scores[i] = Combine(j => columns[j][i] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : double.NaN, i);
        return scores;
    }

    private double Combine(Func<int, double> value, int row)
    {
        double s = Intercept;
        for (int j = 0; j < Coefficients.Length; j++)
        {
            double v = value(j);
            if (!double.IsFinite(v))
                throw new ModelInputException($"row {row}, feature '{FeatureNames[j]}' is {(double.IsNaN(v) ? "missing" : v.ToString(System.Globalization.CultureInfo.InvariantCulture))}; the rad-score needs every selected feature");
            s += Coefficients[j] * v;
        }
        return s;
    }

    private int[] ColumnIndices(IReadOnlyList<string> columnNames)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < columnNames.Count; k++) lookup.TryAdd(columnNames[k], k);
        var missing = FeatureNames.Where(f => !lookup.ContainsKey(f)).ToArray();
        if (missing.Length > 0)
            throw new ModelInputException($"the table lacks the rad-score feature column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; extract the same features as for fitting");
        return FeatureNames.Select(f => lookup[f]).ToArray();
    }
}
