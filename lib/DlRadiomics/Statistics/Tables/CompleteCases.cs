using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Tables;

/// <summary>R's <c>complete.cases</c>: the rows of a table with a value in every one of the named columns.</summary>
public static class CompleteCases
{
    /// <summary>A new table with the rows of <paramref name="df"/> that have no missing value (null, NaN or blank text) in <paramref name="columns"/>.</summary>
    public static DataFrame Of(DataFrame df, params IReadOnlyList<string> columns)
    {
        var selected = columns.Select(c => FrameAccess.Column(df, c, "column")).ToArray();
        var keep = new PrimitiveDataFrameColumn<bool>("complete", df.Rows.Count);
        for (long r = 0; r < df.Rows.Count; r++) keep[r] = selected.All(c => FrameAccess.Level(c, r) is not null);
        return df.Filter(keep);
    }

    /// <summary>The 0/1 values of column <paramref name="outcome"/>, which must be complete.</summary>
    /// <exception cref="StatisticsInputException">A value is missing or not 0/1.</exception>
    public static int[] Outcome(DataFrame df, string outcome)
    {
        var column = FrameAccess.Column(df, outcome, "outcome");
        return Enumerable.Range(0, (int)df.Rows.Count).Select(r => FrameAccess.Number(column, r) switch
        {
            0 => 0,
            1 => 1,
            var v => throw new StatisticsInputException($"outcome '{outcome}' row {r} is {(v is null ? "missing" : v.ToString())}; expected 0 or 1 (select complete cases first)"),
        }).ToArray();
    }
}
