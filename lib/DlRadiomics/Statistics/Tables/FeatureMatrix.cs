using DlRadiomics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Tables;

/// <summary>
/// Named numeric columns of a DataFrame as the rows × features <c>double[][]</c> the estimators take, with the
/// outcome coded 0/1 when one is named, and the table rows kept.
/// </summary>
/// <remarks>
/// One missing-value rule for every DataFrame entry point of the statistics: with
/// <see cref="MissingValuePolicy.ListwiseDeletion"/> (the default) a row missing any named column (features or
/// outcome) is left out and counted in <see cref="RowsDropped"/>; <see cref="KeptRows"/> lists the 0-based table rows
/// used, in order, so results can be put back beside the table. <see cref="MissingValuePolicy.Error"/> stops at the
/// first missing cell, naming its row and column. The outcome is coded by <see cref="BinaryOutcomeRule"/> (0/1 as
/// written; two text values: the second in sort order is the event; or the named event value).
/// </remarks>
/// <param name="Rows">Rows × features, in the order of <see cref="Names"/>.</param>
/// <param name="Names">Feature names (the columns read).</param>
/// <param name="KeptRows">0-based table rows of <see cref="Rows"/>.</param>
/// <param name="RowsDropped">Table rows left out for a missing value.</param>
public sealed record FeatureMatrix(double[][] Rows, IReadOnlyList<string> Names, int[] KeptRows, int RowsDropped)
{
    /// <summary>The outcome of <see cref="KeptRows"/>, 1 = event, 0 = non-event; null when no outcome was named.</summary>
    public int[]? Outcome { get; init; }

    /// <summary>The outcome value counted as the event ("1" for a 0/1 column); null when no outcome was named.</summary>
    public string? EventValue { get; init; }

    /// <summary>The values of one feature for the kept rows.</summary>
    public double[] Column(string name)
    {
        int j = Names.ToList().IndexOf(name);
        if (j < 0) throw new StatisticsInputException($"feature matrix: no feature '{name}'; features are: {string.Join(", ", Names)}.");
        return Rows.Select(r => r[j]).ToArray();
    }

    /// <param name="data">The table.</param>
    /// <param name="features">Numeric columns, in the order wanted.</param>
    /// <param name="outcome">A two-class outcome column, or null.</param>
    /// <param name="missing">Listwise deletion (default, counted) or an error at the first missing cell.</param>
    /// <param name="positive">The outcome value counted as the event, when the rule's choice is not wanted.</param>
    public static FeatureMatrix From(DataFrame data, IReadOnlyList<string> features, string? outcome = null,
        MissingValuePolicy missing = MissingValuePolicy.ListwiseDeletion, string? positive = null)
    {
        const string purpose = "feature matrix";
        if (features.Count == 0) throw new StatisticsInputException($"{purpose}: no feature columns were named.");
        var columns = features.Select(f => FrameAccess.Column(data, f, purpose)).ToArray();
        BinaryColumn? coded = null;
        if (outcome is not null)
        {
            var column = FrameAccess.Column(data, outcome, purpose);
            var cells = Enumerable.Range(0, (int)data.Rows.Count).Select(r => FrameAccess.Level(column, r)).ToArray();
            coded = BinaryOutcomeRule.Code(cells, positive, out var problem, out int at)
                ?? throw new StatisticsInputException($"{purpose}: outcome '{outcome}'{(at >= 0 ? $", row {at + 1}" : "")}: {problem}.");
        }

        var rows = new List<double[]>();
        var kept = new List<int>();
        for (int r = 0; r < data.Rows.Count; r++)
        {
            var values = new double[columns.Length];
            string? absent = coded is not null && coded.Values[r] < 0 ? outcome : null;
            for (int j = 0; j < columns.Length && absent is null; j++)
            {
                if (FrameAccess.Number(columns[j], r) is { } v) values[j] = v;
                else absent = features[j];
            }
            if (absent is null) { rows.Add(values); kept.Add(r); continue; }
            if (missing == MissingValuePolicy.Error)
                throw new StatisticsInputException($"column '{absent}', row {r + 1}: missing value; remove the row or use MissingValuePolicy.ListwiseDeletion.");
        }
        if (rows.Count == 0)
            throw new StatisticsInputException($"{purpose}: no row has all of {string.Join(", ", outcome is null ? features : [.. features, outcome])} present.");
        return new FeatureMatrix(rows.ToArray(), features.ToArray(), kept.ToArray(), (int)data.Rows.Count - kept.Count)
        {
            Outcome = coded is null ? null : kept.Select(r => coded.Values[r]).ToArray(),
            EventValue = coded?.EventValue,
        };
    }
}
