namespace DlRadiomics.Statistics.HypothesisTests;

/// <summary>Applies a <see cref="GroupComparisonPolicy"/>: picks and runs the test for one variable across groups.</summary>
public static class GroupComparison
{
    /// <summary>Compares a continuous variable across two or more groups (values already free of missing entries).</summary>
    public static GroupTestResult Continuous(IReadOnlyList<IReadOnlyList<double>> groups, GroupComparisonPolicy policy)
    {
        if (groups.Count < 2) throw new StatisticsInputException($"Group comparison needs at least 2 non-empty groups, got {groups.Count}.");
        var rule = policy.Continuous;
        if (rule == ContinuousTestPolicy.NormalityThenTTestElseRankTest)
            rule = groups.Count == 2 && groups.All(g => IsNormal(g, policy.NormalityAlpha))
                ? (policy.EqualVarianceTTest ? ContinuousTestPolicy.StudentT : ContinuousTestPolicy.WelchT)
                : ContinuousTestPolicy.RankTest;
        if (groups.Count > 2 && rule != ContinuousTestPolicy.RankTest)
            throw new StatisticsInputException($"A t-test compares two groups; {groups.Count} groups need the rank (Kruskal–Wallis) policy.");
        switch (rule)
        {
            case ContinuousTestPolicy.StudentT:
                var s = TTest.Student(groups[0], groups[1]);
                return new GroupTestResult("Student t", s.Statistic, s.PValue);
            case ContinuousTestPolicy.WelchT:
                var w = TTest.Welch(groups[0], groups[1]);
                return new GroupTestResult("Welch t", w.Statistic, w.PValue);
            default:
                if (groups.Count == 2)
                {
                    var m = MannWhitneyTest.Compute(groups[0], groups[1], policy.MannWhitney);
                    return new GroupTestResult("Mann–Whitney U", m.U, m.PValue);
                }
                var k = KruskalWallisTest.Compute(groups);
                return new GroupTestResult("Kruskal–Wallis", k.Statistic, k.PValue);
        }
    }

    /// <summary>Compares a categorical variable: <paramref name="table"/> is levels × groups counts.</summary>
    public static GroupTestResult Categorical(long[,] table, GroupComparisonPolicy policy)
    {
        var rule = policy.Categorical;
        if (rule == CategoricalTestPolicy.ChiSquareElseFisherForSmallExpected)
        {
            var e = ContingencyTable.Expected(ContingencyTable.Clean(table, "Chi-square test"));
            rule = e.Cast<double>().Any(v => v < policy.MinimumExpectedCount) ? CategoricalTestPolicy.FisherExact : CategoricalTestPolicy.ChiSquare;
        }
        string fallback = "";
        if (policy.Categorical == CategoricalTestPolicy.FisherExact)
            return new GroupTestResult("Fisher exact", null, FisherExactTest.Compute(table).PValue);
        if (rule == CategoricalTestPolicy.FisherExact)
        {
            // The small-expected rule asks for Fisher, but a large sparse table cannot be enumerated: say so in the test name.
            var fisher = FisherExactTest.TryCompute(table);
            if (fisher is not null) return new GroupTestResult("Fisher exact", null, fisher.PValue);
            fallback = " (Fisher exact infeasible)";
        }
        var c = ChiSquareTest.Compute(table, policy.Yates);
        return new GroupTestResult((policy.Yates && c.DegreesOfFreedom == 1 ? "Chi-square (Yates)" : "Chi-square") + fallback, c.Statistic, c.PValue);
    }

    /// <summary>Shapiro–Wilk at <paramref name="alpha"/>; samples outside 3…5000 values count as not shown normal.</summary>
    private static bool IsNormal(IReadOnlyList<double> g, double alpha)
    {
        if (g.Count < 3 || g.Count > 5000 || g.Max() - g.Min() < 1e-10) return false;
        return ShapiroWilkTest.Compute(g).PValue >= alpha;
    }
}
