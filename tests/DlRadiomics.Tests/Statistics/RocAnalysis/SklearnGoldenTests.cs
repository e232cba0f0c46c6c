using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Thresholds;
using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Statistics.RocAnalysis;

/// <summary>ROC points in scikit-learn's threshold convention and Table 4 metrics against scikit-learn 1.2.</summary>
public class SklearnGoldenTests
{
    private static readonly GoldenValues G = GoldenValues.Python;
    private static readonly CsvTable Wdbc = GoldenValues.Table("wdbc.csv");

    public static TheoryData<string> RocCases() => new(G.Cases("sklearn_roc:"));

    [Theory, MemberData(nameof(RocCases))]
    public void Observed_score_thresholds_reproduce_roc_curve(string c)
    {
        string feature = c.Split(':')[1];
        var curve = Roc.Curve(Wdbc.Numbers(feature), Wdbc.Binary("malignant"), RocDirection.ControlsLower, RocThresholdConvention.ObservedScore);
        Close.Relative(G.Number(c, "auc"), curve.Auc, what: "roc_auc_score");
        int points = (int)G.Number(c, "points");
        Assert.Equal(points, curve.Thresholds.Count);
        // scikit-learn lists the points by descending threshold; ours ascend, ending with +∞ (nobody positive).
        Assert.Equal(double.PositiveInfinity, curve.Thresholds[^1]);
        for (int k = 1; k < points; k++)
        {
            int i = points - 1 - k;
            Close.Relative(G.Number(c, $"thr_{k}"), curve.Thresholds[i], what: $"threshold {k}");
            Close.Relative(G.Number(c, $"tpr_{k}"), curve.Sensitivities[i], what: $"tpr {k}");
            Close.Relative(G.Number(c, $"fpr_{k}"), curve.FalsePositiveRates[i], what: $"fpr {k}");
        }
    }

    [Theory, MemberData(nameof(RocCases))]
    public void Youden_cutoff_in_observed_score_convention_is_the_argmax_of_tpr_minus_fpr(string c)
    {
        Assert.Equal(1, (int)G.Number(c, "youden_ties"));
        string feature = c.Split(':')[1];
        var cutoff = Cutoffs.Youden(feature, Wdbc.Numbers(feature), Wdbc.Binary("malignant"), RocDirection.ControlsLower, RocThresholdConvention.ObservedScore);
        Close.Relative(G.Number(c, "youden_threshold"), cutoff.Threshold);
    }

    public static TheoryData<string> MetricCases() => new(G.Cases("metrics:"));

    [Theory, MemberData(nameof(MetricCases))]
    public void Metrics_at_a_threshold_match_confusion_matrix_and_f1_score(string c)
    {
        var parts = c.Split(':');
        double threshold = double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        var m = Roc.MetricsAt(Wdbc.Numbers(parts[1]), Wdbc.Binary("malignant"), threshold);
        Assert.Equal((int)G.Number(c, "tp"), m.TruePositives);
        Assert.Equal((int)G.Number(c, "fp"), m.FalsePositives);
        Assert.Equal((int)G.Number(c, "tn"), m.TrueNegatives);
        Assert.Equal((int)G.Number(c, "fn"), m.FalseNegatives);
        Close.Relative(G.Number(c, "accuracy"), m.Accuracy);
        Close.Relative(G.Number(c, "sensitivity"), m.Sensitivity);
        Close.Relative(G.Number(c, "specificity"), m.Specificity);
        Close.Relative(G.Number(c, "ppv"), m.PositivePredictiveValue);
        Close.Relative(G.Number(c, "npv"), m.NegativePredictiveValue);
        Close.Relative(G.Number(c, "f1"), m.F1);
    }
}
