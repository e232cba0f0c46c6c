using DlRadiomics.Cohort;

namespace DlRadiomics.Tests.Cohort;

public class PublishedBaselineTableTests
{
    [Fact]
    public void Cells_are_read_as_mean_sd_or_count_percent_with_dashes_as_zero()
    {
        var table = PublishedBaselineTable.Load(RepoPaths.Fixture("Cohort/fan2024_table2.csv"));
        var age = table.Continuous("Age", new BaselineColumn("training", "surgical"));
        Assert.Equal((33.45, 7.99), (age.Mean!.Value, age.StandardDeviation!.Value));
        var msu1A = table.RowsOf("MSU classification").Single(r => r.Level == "1A").Cells;
        Assert.Equal((136, 20.54), (msu1A[new("training", "nonsurgical")].Count!.Value, msu1A[new("training", "nonsurgical")].Percent!.Value));
        Assert.Equal(0, msu1A[new("training", "surgical")].Count);
    }

    [Fact]
    public void The_embedded_calibration_table_is_the_transcribed_paper_table()
    {
        var fixture = PublishedBaselineTable.Load(RepoPaths.Fixture("Cohort/fan2024_table2.csv"));
        Assert.Equal(fixture.Rows.Count, PublishedBaselineTable.Fan2024.Rows.Count);
        foreach (var (a, b) in fixture.Rows.Zip(PublishedBaselineTable.Fan2024.Rows))
            Assert.Equal(a.Cells.OrderBy(c => c.Key.ToString()), b.Cells.OrderBy(c => c.Key.ToString()));
    }

    [Fact]
    public void Printed_counts_that_do_not_add_up_are_scaled_to_the_group_size()
    {
        // Table 2's MSU counts of the non-surgical training group add up to 663, while its Sex counts give 662 patients.
        var table = PublishedBaselineTable.Load(RepoPaths.Fixture("Cohort/fan2024_table2.csv"));
        var column = new BaselineColumn("training", "nonsurgical");
        int[] printed = table.RowsOf("MSU classification").Select(r => r.Cells[column].Count!.Value).ToArray();
        int n = table.RowsOf("Sex").Sum(r => r.Cells[column].Count!.Value);
        Assert.Equal(n + 1, printed.Sum());
        int[] scaled = ExactMarginals.ScaleCounts(printed, n);
        Assert.Equal(n, scaled.Sum());
        Assert.All(scaled.Zip(printed), p => Assert.InRange(p.First - p.Second, -1, 0));
    }
}
