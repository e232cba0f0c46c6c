using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Thresholds;
using DlRadiomics.Tables;
using DlRadiomics.Tests.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Statistics.Thresholds;

public class CutoffTests
{
    private static readonly CsvTable Asah = GoldenValues.Table("asah.csv");

    [Theory]
    [InlineData("s100b")]
    [InlineData("wfns")]
    [InlineData("ndka")]
    public void Youden_cutoff_is_pROC_best_threshold(string score)
    {
        var cutoff = Cutoffs.Youden(score, Asah.Numbers(score), Asah.Binary("poor"));
        string c = $"roc:asah:{score}";
        Close.Relative(GoldenValues.R.Number(c, "youden_threshold_1"), cutoff.Threshold);
        Close.Relative(GoldenValues.R.Number(c, "at_youden_accuracy"), cutoff.Metrics.Accuracy);
        Close.Relative(GoldenValues.R.Number(c, "youden_sensitivity_1") + GoldenValues.R.Number(c, "youden_specificity_1") - 1, cutoff.YoudenIndex);
    }

    [Fact]
    public void Cross_classification_counts_every_patient_once_and_agrees_with_a_direct_count()
    {
        var outcome = Asah.Binary("poor");
        var s100b = Asah.Numbers("s100b");
        var ndka = Asah.Numbers("ndka");
        var first = Cutoffs.Youden("s100b", s100b, outcome);
        var second = Cutoffs.Youden("ndka", ndka, outcome);
        var table = Cutoffs.CrossClassify(first, s100b, second, ndka, outcome);
        Assert.Equal(outcome.Length, table.Cells.Sum(c => c.Count));
        Assert.Equal(outcome.Sum(), table.Cells.Sum(c => c.Events));
        var highHigh = table.Cell(true, true);
        int expectedCount = Enumerable.Range(0, outcome.Length).Count(i => s100b[i] >= first.Threshold && ndka[i] >= second.Threshold);
        int expectedEvents = Enumerable.Range(0, outcome.Length).Count(i => s100b[i] >= first.Threshold && ndka[i] >= second.Threshold && outcome[i] == 1);
        Assert.Equal(expectedCount, highHigh.Count);
        Assert.Equal(expectedEvents, highHigh.Events);
        // Marginal of the first score's high group equals its true + false positives at the cut-off.
        Assert.Equal(first.Metrics.TruePositives + first.Metrics.FalsePositives, table.Cell(true, true).Count + table.Cell(true, false).Count);
    }

    [Fact]
    public void Worked_example_with_a_reversed_score_and_an_empty_cell()
    {
        // Score b points the other way (lower = case); its high-risk group is b ≤ cut-off.
        double[] a = [0.1, 0.2, 0.8, 0.9];
        double[] b = [9, 8, 2, 1];
        int[] y = [0, 0, 1, 1];
        var ca = Cutoffs.Youden("a", a, y);
        var cb = Cutoffs.Youden("b", b, y);
        Assert.Equal(RocDirection.ControlsHigher, cb.Direction);
        Assert.Equal(5.0, cb.Threshold);
        var table = Cutoffs.CrossClassify(ca, a, cb, b, y);
        Assert.Equal(2, table.Cell(true, true).Count);
        Assert.Equal(1.0, table.Cell(true, true).EventRate);
        Assert.Equal(0.0, table.Cell(false, false).EventRate);
        Assert.True(table.Cell(true, false).IsEmpty);
        Assert.True(double.IsNaN(table.Cell(true, false).EventRate));
    }
}
