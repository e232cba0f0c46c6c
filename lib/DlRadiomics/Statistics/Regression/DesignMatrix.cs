using DlRadiomics.Statistics.Tables;
using DlRadiomics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>Predictor matrix (without intercept column) and 0/1 outcome built from a DataFrame.</summary>
/// <param name="X">n × p encoded predictors.</param>
/// <param name="Y">0/1 outcome.</param>
/// <param name="Encoding">The coding, reusable on new data.</param>
/// <param name="Rows">Indices (0-based) of the DataFrame rows used.</param>
/// <param name="RowsDropped">Rows left out because a used variable was missing.</param>
/// <param name="Outcome">Outcome column name.</param>
/// <param name="PositiveOutcome">The outcome level counted as 1.</param>
public sealed record DesignMatrix(double[,] X, double[] Y, DesignEncoding Encoding, int[] Rows, int RowsDropped, string Outcome, string PositiveOutcome)
{
    public IReadOnlyList<string> ColumnNames => Encoding.ColumnNames;

    /// <summary>
    /// Builds the design for <paramref name="outcome"/> ~ <paramref name="terms"/>. A term is a column name, <c>a:b</c>
    /// (product term only) or <c>a*b</c> (a + b + a:b). Text columns and those in <see cref="DesignOptions.Factors"/>
    /// are dummy-coded against their reference level.
    /// </summary>
    public static DesignMatrix Build(DataFrame df, string outcome, IReadOnlyList<string> terms, DesignOptions? options = null)
    {
        options ??= new DesignOptions();
        if (terms.Count == 0) throw new StatisticsInputException("logistic model: no predictors were given.");
        var expanded = InteractionTerm.Expand(terms);
        var sources = expanded.SelectMany(t => t.Split(':')).Distinct().ToList();
        if (sources.Contains(outcome)) throw new StatisticsInputException($"logistic model: the outcome '{outcome}' is also listed as a predictor.");
        var outcomeColumn = FrameAccess.Column(df, outcome, "logistic model");
        var columns = sources.ToDictionary(s => s, s => FrameAccess.Column(df, s, "logistic model"));

        var rows = new List<int>();
        for (int r = 0; r < df.Rows.Count; r++)
        {
            string? missing = FrameAccess.Level(outcomeColumn, r) is null ? outcome : sources.FirstOrDefault(s => FrameAccess.Level(columns[s], r) is null);
            if (missing is null) { rows.Add(r); continue; }
            if (options.Missing == MissingValuePolicy.Error)
                throw new StatisticsInputException($"column '{missing}', row {r + 1}: missing value; remove the row or use listwise deletion.");
        }
        if (rows.Count == 0) throw new StatisticsInputException($"logistic model: no row has all of {outcome}, {string.Join(", ", sources)} present.");

        var (y, positive) = OutcomeVector(outcomeColumn, rows, options.PositiveOutcome);
        var factors = new HashSet<string>(options.Factors ?? [], StringComparer.Ordinal);
        foreach (var f in factors)
            if (!sources.Contains(f)) throw new StatisticsInputException($"logistic model: --factors names '{f}', which is not a predictor.");
        var single = sources.ToDictionary(s => s, s => MakePredictor(s, columns[s], rows, factors.Contains(s), options.ReferenceLevels));
        var predictors = expanded.Select(t => t.Split(':').Select(s => single[s]).Aggregate((a, b) => new InteractionPredictor(a, b))).ToArray();
        var encoding = new DesignEncoding(predictors);

        var x = new double[rows.Count, encoding.ColumnNames.Count];
        var buffer = new double[encoding.ColumnNames.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            encoding.TryEncode(df, rows[i], buffer);
            for (int j = 0; j < buffer.Length; j++) x[i, j] = buffer[j];
        }
        return new DesignMatrix(x, y, encoding, rows.ToArray(), (int)df.Rows.Count - rows.Count, outcome, positive);
    }

    private static DesignPredictor MakePredictor(string name, DataFrameColumn column, List<int> rows, bool factor, IReadOnlyDictionary<string, string>? references)
    {
        if (!factor && FrameAccess.IsNumeric(column)) return new NumericPredictor(name);
        var levels = FrameAccess.SortLevels(rows.Select(r => FrameAccess.Level(column, r)!));
        if (references is not null && references.TryGetValue(name, out var reference))
        {
            if (!levels.Remove(reference))
                throw new StatisticsInputException($"logistic model: reference level '{reference}' is not a level of '{name}' (levels: {string.Join(", ", levels)}).");
            levels.Insert(0, reference);
        }
        if (levels.Count < 2)
            throw new StatisticsInputException($"logistic model: factor '{name}' has the single level '{levels[0]}' in the rows used; it cannot be estimated, drop it.");
        return new FactorPredictor(name, levels);
    }

    /// <summary>The outcome of the rows used, coded 1/0 by <see cref="BinaryOutcomeRule"/> (the rule of <see cref="CsvTable.Binary(string, string?)"/>).</summary>
    private static (double[] Y, string Positive) OutcomeVector(DataFrameColumn column, List<int> rows, string? positive)
    {
        var labels = rows.Select(r => FrameAccess.Level(column, r)).ToArray();
        var coded = BinaryOutcomeRule.Code(labels, positive, out var problem, out int at)
            ?? throw new StatisticsInputException($"logistic model: outcome '{column.Name}'{(at >= 0 ? $", row {rows[at] + 1}" : "")}: {problem}.");
        return (coded.Values.Select(v => (double)v).ToArray(), coded.EventValue);
    }
}
