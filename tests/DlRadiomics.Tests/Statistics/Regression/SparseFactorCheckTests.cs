using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Statistics.Regression;

public class SparseFactorCheckTests
{
    // 12 rows: factor "a" has no event at level 1 (separation); "b" has 3 events at level 1 (sparse under 4); age has 12 values.
    private static DataFrame Table() => new(
        new Int32DataFrameColumn("y", [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]),
        new Int32DataFrameColumn("a", [0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]),
        new Int32DataFrameColumn("b", [1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0]),
        new DoubleDataFrameColumn("age", Enumerable.Range(20, 12).Select(v => (double)v)));

    [Fact]
    public void Counts_events_and_non_events_per_level_and_flags_sparse_and_separating_levels()
    {
        var levels = SparseFactorCheck.Levels(Table(), "y", ["a", "b", "age"], minimum: 4, maxLevels: 10);

        Assert.Equal(4, levels.Count); // age has more than maxLevels values and is skipped as continuous
        var a1 = Assert.Single(levels, l => l.Predictor == "a" && l.Level == "1");
        Assert.Equal((0, 2), (a1.Events, a1.NonEvents));
        Assert.True(a1.Separates && a1.Sparse);
        var b1 = Assert.Single(levels, l => l.Predictor == "b" && l.Level == "1");
        Assert.Equal((3, 3), (b1.Events, b1.NonEvents));
        Assert.True(b1.Sparse && !b1.Separates);
        Assert.Equal(["a", "b"], SparseFactorCheck.SparsePredictors(levels));
        Assert.Empty(SparseFactorCheck.SparsePredictors(SparseFactorCheck.Levels(Table(), "y", ["b"], minimum: 3)));
    }

    [Fact]
    public void Complete_cases_keep_rows_with_every_named_column_present()
    {
        var df = new DataFrame(new Int32DataFrameColumn("y", [1, 0, 1]), new DoubleDataFrameColumn("x", [1.0, null, 3.0]), new StringDataFrameColumn("s", ["u", "v", ""]));
        Assert.Equal(2, CompleteCases.Of(df, "y", "x").Rows.Count);
        Assert.Equal(1, CompleteCases.Of(df, "x", "s").Rows.Count);
        Assert.Equal([1, 0, 1], CompleteCases.Outcome(df, "y"));
    }
}
