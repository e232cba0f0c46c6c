using DlRadiomics.Numerics;
using DlRadiomics.Statistics.HypothesisTests;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Tables;

/// <summary>Builds the baseline characteristics table (studies' Table 2): summaries by group, per split, with p-values.</summary>
/// <remarks>
/// Continuous: mean±SD (n − 1) or median[Q1–Q3] per column; categorical: n(%) with percentages of the column's
/// non-missing count. Each variable uses the rows where it, the group and the split are present (listwise per variable);
/// the count left out is reported. Tests follow <see cref="GroupComparisonPolicy"/> within each split. Levels are
/// listed over the whole table so every split shows the same rows (a level absent from a split shows 0(0.00)).
/// </remarks>
public static class BaselineTable
{
    public static BaselineTableResult Build(DataFrame df, string group, string? split = null, BaselineTableOptions? options = null)
    {
        options ??= new BaselineTableOptions();
        var policy = options.Policy ?? GroupComparisonPolicy.Paper;
        var groupColumn = FrameAccess.Column(df, group, "baseline table");
        var splitColumn = split is null ? null : FrameAccess.Column(df, split, "baseline table");
        if (split == group) throw new StatisticsInputException("baseline table: the group and split columns must differ.");

        var used = new List<int>();
        for (int r = 0; r < df.Rows.Count; r++)
        {
            bool missing = FrameAccess.Level(groupColumn, r) is null || (splitColumn is not null && FrameAccess.Level(splitColumn, r) is null);
            if (!missing) { used.Add(r); continue; }
            if (options.Missing == MissingValuePolicy.Error)
                throw new StatisticsInputException($"column '{(FrameAccess.Level(groupColumn, r) is null ? group : split)}', row {r + 1}: missing value.");
        }
        var groups = Order(used.Select(r => FrameAccess.Level(groupColumn, r)!), options.GroupOrder, group, sort: true);
        if (groups.Count < 2) throw new StatisticsInputException($"baseline table: group column '{group}' has {groups.Count} level(s) ({string.Join(", ", groups)}); at least 2 are needed.");
        var splits = splitColumn is null ? [""] : Order(used.Select(r => FrameAccess.Level(splitColumn, r)!), options.SplitOrder, split!, sort: false);

        var columns = new List<string>();
        foreach (var s in splits)
        {
            string prefix = s.Length > 0 ? s + "_" : "";
            columns.Add(prefix + "all");
            columns.AddRange(groups.Select(g => prefix + g));
            columns.Add(prefix + "p");
        }

        var variables = options.Variables ?? df.Columns.Select(c => c.Name).Where(n => n != group && n != split).ToArray();
        var rows = new List<BaselineRow>();
        var context = new Context(df, used, groupColumn, splitColumn, groups, splits, policy, options);
        foreach (var v in variables)
        {
            if (v == group || v == split) throw new StatisticsInputException($"baseline table: '{v}' is the group or split column and cannot also be a row.");
            var column = FrameAccess.Column(df, v, "baseline table");
            rows.AddRange(IsCategorical(column, used, options) ? context.Categorical(column) : [context.Continuous(column)]);
        }
        return new BaselineTableResult(columns, rows, splits, groups, (int)df.Rows.Count - used.Count);
    }

    private static List<string> Order(IEnumerable<string> values, IReadOnlyList<string>? order, string column, bool sort)
    {
        var present = sort ? FrameAccess.SortLevels(values) : values.Distinct().ToList();
        if (order is null) return present;
        var unknown = present.FirstOrDefault(p => !order.Contains(p));
        if (unknown is not null) throw new StatisticsInputException($"baseline table: value '{unknown}' of '{column}' is not in the given order ({string.Join(", ", order)}).");
        return order.Where(present.Contains).ToList();
    }

    private static bool IsCategorical(DataFrameColumn column, List<int> rows, BaselineTableOptions options)
    {
        if (options.Categorical?.Contains(column.Name) == true) return true;
        if (!FrameAccess.IsNumeric(column)) return true;
        if (options.Continuous?.Contains(column.Name) == true) return false;
        return rows.Select(r => FrameAccess.Number(column, r)).Where(v => v is not null).Distinct().Count() <= 2;
    }

    private sealed record Context(DataFrame Df, List<int> Rows, DataFrameColumn Group, DataFrameColumn? Split, List<string> Groups, List<string> Splits,
        GroupComparisonPolicy Policy, BaselineTableOptions Options)
    {
        private int Width => Groups.Count + 2;

        /// <summary>Rows of split s (all rows without a split column), with their group index.</summary>
        private IEnumerable<(int Row, int Group)> InSplit(int s) => Rows
            .Where(r => Split is null || FrameAccess.Level(Split, r) == Splits[s])
            .Select(r => (r, Groups.IndexOf(FrameAccess.Level(Group, r)!)));

        private int[] CountMissing(DataFrameColumn column)
        {
            var missing = new int[Splits.Count];
            for (int s = 0; s < Splits.Count; s++)
                foreach (var (r, _) in InSplit(s))
                    if (FrameAccess.Level(column, r) is null)
                    {
                        if (Options.Missing == MissingValuePolicy.Error)
                            throw new StatisticsInputException($"column '{column.Name}', row {r + 1}: missing value; fix it or use listwise deletion.");
                        missing[s]++;
                    }
            return missing;
        }

        public BaselineRow Continuous(DataFrameColumn column)
        {
            var missing = CountMissing(column);
            var cells = new string[Splits.Count * Width];
            var tests = new GroupTestResult?[Splits.Count];
            var notes = new List<string>();
            for (int s = 0; s < Splits.Count; s++)
            {
                var byGroup = Groups.Select(_ => new List<double>()).ToArray();
                foreach (var (r, g) in InSplit(s))
                    if (FrameAccess.Number(column, r) is double v) byGroup[g].Add(v);
                var present = byGroup.Where(g => g.Count > 0).Select(g => (IReadOnlyList<double>)g).ToArray();
                tests[s] = Try(() => GroupComparison.Continuous(present, Policy), s, notes);
                bool median = Options.Summary == ContinuousSummary.MedianIqr ||
                              (Options.Summary == ContinuousSummary.ByTest && tests[s]?.Test is "Mann–Whitney U" or "Kruskal–Wallis");
                cells[s * Width] = Summary(byGroup.SelectMany(g => g).ToArray(), median);
                for (int g = 0; g < Groups.Count; g++) cells[s * Width + 1 + g] = Summary(byGroup[g].ToArray(), median);
                cells[s * Width + Width - 1] = tests[s] is { } t ? TableText.PValue(t.PValue) : "n/a";
            }
            return new BaselineRow(column.Name, "", cells, tests, missing, notes);
        }

        public IEnumerable<BaselineRow> Categorical(DataFrameColumn column)
        {
            var missing = CountMissing(column);
            var levels = FrameAccess.SortLevels(Rows.Select(r => FrameAccess.Level(column, r)).OfType<string>());
            if (levels.Count == 0) throw new StatisticsInputException($"baseline table: column '{column.Name}' has no values.");
            var counts = new long[Splits.Count][,];
            var header = new string[Splits.Count * Width];
            var tests = new GroupTestResult?[Splits.Count];
            var notes = new List<string>();
            for (int s = 0; s < Splits.Count; s++)
            {
                var table = counts[s] = new long[levels.Count, Groups.Count];
                foreach (var (r, g) in InSplit(s))
                    if (FrameAccess.Level(column, r) is string l) table[levels.IndexOf(l), g]++;
                for (int k = 0; k < Width - 1; k++) header[s * Width + k] = "";
                tests[s] = levels.Count < 2 ? null : Try(() => GroupComparison.Categorical(table, Policy), s, notes);
                if (levels.Count < 2) notes.Add($"{Label(s)}a single level, no test.");
                header[s * Width + Width - 1] = tests[s] is { } t ? TableText.PValue(t.PValue) : "n/a";
            }
            yield return new BaselineRow(column.Name, "", header, tests, missing, notes);
            for (int l = 0; l < levels.Count; l++)
            {
                var cells = new string[Splits.Count * Width];
                for (int s = 0; s < Splits.Count; s++)
                {
                    var t = counts[s];
                    long total = 0, inLevel = 0;
                    for (int k = 0; k < levels.Count; k++) for (int g = 0; g < Groups.Count; g++) total += t[k, g];
                    for (int g = 0; g < Groups.Count; g++) inLevel += t[l, g];
                    cells[s * Width] = Percent(inLevel, total);
                    for (int g = 0; g < Groups.Count; g++)
                    {
                        long groupTotal = 0;
                        for (int k = 0; k < levels.Count; k++) groupTotal += t[k, g];
                        cells[s * Width + 1 + g] = Percent(t[l, g], groupTotal);
                    }
                    cells[s * Width + Width - 1] = "";
                }
                yield return new BaselineRow(column.Name, levels[l], cells, new GroupTestResult?[Splits.Count], new int[Splits.Count], []);
            }
        }

        private string Label(int s) => Splits[s].Length > 0 ? Splits[s] + ": " : "";

        private GroupTestResult? Try(Func<GroupTestResult> test, int s, List<string> notes)
        {
            try
            {
                var r = test();
                if (r.Test.Contains("infeasible")) notes.Add($"{Label(s)}{r.Test}.");
                return r;
            }
            catch (StatisticsInputException e)
            {
                notes.Add($"{Label(s)}no test ({e.Message})");
                return null;
            }
        }

        private string Summary(double[] x, bool median)
        {
            int d = Options.Decimals;
            if (x.Length == 0) return "–";
            if (median)
            {
                var sorted = x.OrderBy(v => v).ToArray();
                return $"{TableText.Number(Quantiles.Type7(sorted, 0.5), d)}[{TableText.Number(Quantiles.Type7(sorted, 0.25), d)}–{TableText.Number(Quantiles.Type7(sorted, 0.75), d)}]";
            }
            string sd = x.Length > 1 ? TableText.Number(Math.Sqrt(SampleStatistics.Variance(x)), d) : "–";
            return $"{TableText.Number(SampleStatistics.Mean(x), d)}±{sd}";
        }

        private string Percent(long n, long total) =>
            total == 0 ? "–" : $"{n}({TableText.Number(100.0 * n / total, Options.Decimals)})";
    }
}
