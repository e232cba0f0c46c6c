using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>Builds interaction terms: formula expansion of <c>a*b</c>, and an explicit product column.</summary>
public static class InteractionTerm
{
    /// <summary>Expands <c>a*b</c> into a, b, a:b (order kept, duplicates removed); <c>a:b</c> and plain names pass through.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> terms)
    {
        var result = new List<string>();
        foreach (var raw in terms)
        {
            var term = raw.Trim();
            if (term.Contains('*'))
            {
                var parts = term.Split('*', StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts.Any(p => p.Length == 0))
                    throw new StatisticsInputException($"interaction term '{raw}': write it as a*b (two variables).");
                foreach (var t in new[] { parts[0], parts[1], $"{parts[0]}:{parts[1]}" })
                    if (!result.Contains(t)) result.Add(t);
            }
            else
            {
                if (term.Split(':').Any(p => p.Length == 0)) throw new StatisticsInputException($"interaction term '{raw}': write it as a:b.");
                if (!result.Contains(term)) result.Add(term);
            }
        }
        return result;
    }

    /// <summary>Returns a copy of <paramref name="df"/> with the numeric product column <c>name</c> = a·b (missing when either is).</summary>
    public static DataFrame AddProductColumn(DataFrame df, string a, string b, string? name = null)
    {
        var ca = FrameAccess.Column(df, a, "interaction term");
        var cb = FrameAccess.Column(df, b, "interaction term");
        name ??= $"{a}:{b}";
        if (df.Columns.IndexOf(name) >= 0) throw new StatisticsInputException($"interaction term: the data already has a column '{name}'.");
        var product = new DoubleDataFrameColumn(name, df.Rows.Count);
        for (long r = 0; r < df.Rows.Count; r++)
        {
            double? x = FrameAccess.Number(ca, r), y = FrameAccess.Number(cb, r);
            product[r] = x is null || y is null ? null : x * y;
        }
        var copy = df.Clone();
        copy.Columns.Add(product);
        return copy;
    }
}
