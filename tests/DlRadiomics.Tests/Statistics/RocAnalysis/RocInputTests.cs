using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics;

namespace DlRadiomics.Tests.Statistics.RocAnalysis;

/// <summary>Bad input gives a message naming the problem; small worked examples check conventions by hand.</summary>
public class RocInputTests
{
    private static readonly int[] Outcome = [0, 0, 1, 1];

    [Fact]
    public void Nan_score_is_rejected_with_its_position()
    {
        var e = Assert.Throws<StatisticsInputException>(() => Roc.Curve([0.1, double.NaN, 0.3, 0.4], Outcome));
        Assert.Contains("[1]", e.Message);
    }

    [Fact]
    public void Single_class_outcome_is_rejected()
    {
        var e = Assert.Throws<StatisticsInputException>(() => Roc.Curve([0.1, 0.2], [1, 1]));
        Assert.Contains("single class", e.Message);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var e = Assert.Throws<StatisticsInputException>(() => Roc.Auc([0.1, 0.2, 0.3], Outcome));
        Assert.Contains("3 values", e.Message);
        Assert.Contains("4", e.Message);
    }

    [Fact]
    public void Outcome_not_coded_zero_one_is_rejected()
    {
        var e = Assert.Throws<StatisticsInputException>(() => Roc.Auc([0.1, 0.2, 0.3, 0.4], [0, 2, 1, 1]));
        Assert.Contains("outcome[1] is 2", e.Message);
    }

    [Fact]
    public void Constant_score_has_auc_one_half_and_a_two_point_curve()
    {
        var curve = Roc.Curve([5.0, 5, 5, 5], Outcome);
        Assert.Equal(0.5, curve.Auc);
        Assert.Equal([double.NegativeInfinity, double.PositiveInfinity], curve.Thresholds);
        var e = Assert.Throws<StatisticsInputException>(() => DeLong.CompareUnpaired(curve, curve));
        Assert.Contains("zero DeLong variance", e.Message);
    }

    [Fact]
    public void Constant_score_is_refused_by_the_table4_summary()
    {
        var e = Assert.Throws<StatisticsInputException>(() => Discrimination.Summarize("flat", [2.0, 2, 2, 2], Outcome));
        Assert.Contains("'flat' is constant", e.Message);
    }

    [Fact]
    public void Direction_is_explicit_and_auto_follows_the_medians()
    {
        double[] scores = [0.9, 0.8, 0.2, 0.1];
        Assert.Equal(RocDirection.ControlsHigher, Roc.Curve(scores, Outcome).Direction);
        Assert.Equal(1.0, Roc.Auc(scores, Outcome));
        Assert.Equal(0.0, Roc.Auc(scores, Outcome, RocDirection.ControlsLower));
    }

    [Fact]
    public void Paired_test_refuses_curves_of_different_patients()
    {
        var a = Roc.Curve([0.1, 0.2, 0.3, 0.4, 0.5], [0, 0, 1, 1, 1]);
        var b = Roc.Curve([0.1, 0.2, 0.3, 0.4, 0.5], [0, 1, 0, 1, 1]);
        var e = Assert.Throws<StatisticsInputException>(() => DeLong.Compare(a, b));
        Assert.Contains("same patients", e.Message);
    }

    [Fact]
    public void Metrics_with_nobody_positive_report_undefined_ppv()
    {
        var m = Roc.MetricsAt([0.1, 0.2, 0.3, 0.4], Outcome, double.PositiveInfinity);
        Assert.True(m.HasUndefinedMetric);
        Assert.True(double.IsNaN(m.PositivePredictiveValue));
        Assert.Equal(0.5, m.Accuracy);
    }

    [Fact]
    public void Bootstrap_is_reproducible_for_a_seed_and_changes_with_it()
    {
        var curve = Roc.Curve([0.1, 0.4, 0.35, 0.8, 0.2, 0.7, 0.5, 0.6], [0, 0, 1, 1, 0, 1, 0, 1]);
        Assert.Equal(RocBootstrap.Aucs(curve, 50, 3), RocBootstrap.Aucs(curve, 50, 3));
        Assert.NotEqual(RocBootstrap.Aucs(curve, 50, 3), RocBootstrap.Aucs(curve, 50, 4));
    }
}
