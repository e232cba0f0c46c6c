using DlRadiomics.Statistics.RocAnalysis;


namespace DlRadiomics.Tests.Statistics.RocAnalysis;

/// <summary>ROC curve, AUC, DeLong interval, Youden point and metrics against R pROC 1.18 (golden_r.R).</summary>
public class ProcGoldenTests
{
    private static readonly GoldenValues G = GoldenValues.R;

    public static TheoryData<string> RocCases() => new(G.Cases("roc:"));

    internal static (double[] Scores, int[] Outcome) Data(string rocCase)
    {
        var parts = rocCase.Split(':');
        var table = GoldenValues.Table(parts[1] + ".csv");
        return (table.Numbers(parts[2]), table.Binary(parts[1] switch { "asah" => "poor", "wdbc" => "malignant", _ => "y" }));
    }

    [Theory, MemberData(nameof(RocCases))]
    public void Auc_direction_and_delong_interval_match_pROC(string c)
    {
        var (scores, outcome) = Data(c);
        var curve = Roc.Curve(scores, outcome);
        Assert.Equal(G.Text(c, "direction"), curve.Direction.ToString());
        Close.Relative(G.Number(c, "auc"), curve.Auc, what: "auc");
        Close.Relative(G.Number(c, "auc"), Roc.Auc(scores, outcome), what: "Roc.Auc");
        Assert.Equal((int)G.Number(c, "points"), curve.Thresholds.Count);
        var ci = DeLong.ConfidenceInterval(curve);
        Close.Relative(G.Number(c, "delong_lower"), ci.Lower, what: "lower");
        Close.Relative(G.Number(c, "delong_upper"), ci.Upper, what: "upper");
    }

    [Theory, MemberData(nameof(RocCases))]
    public void Youden_point_and_metrics_there_match_pROC_coords(string c)
    {
        var (scores, outcome) = Data(c);
        var curve = Roc.Curve(scores, outcome);
        var youden = Roc.Youden(curve);
        int count = (int)G.Number(c, "youden_count");
        Assert.Equal(count, youden.TiedThresholds.Count);
        for (int k = 1; k <= count; k++)
            Close.Relative(G.Number(c, $"youden_threshold_{k}"), youden.TiedThresholds[k - 1], what: "threshold");
        Close.Relative(G.Number(c, "youden_sensitivity_1"), youden.Sensitivity);
        Close.Relative(G.Number(c, "youden_specificity_1"), youden.Specificity);

        var m = Roc.MetricsAt(curve, youden.Threshold);
        Assert.Equal((int)Math.Round(G.Number(c, "at_youden_tp")), m.TruePositives);
        Assert.Equal((int)Math.Round(G.Number(c, "at_youden_fp")), m.FalsePositives);
        Assert.Equal((int)Math.Round(G.Number(c, "at_youden_tn")), m.TrueNegatives);
        Assert.Equal((int)Math.Round(G.Number(c, "at_youden_fn")), m.FalseNegatives);
        Close.Relative(G.Number(c, "at_youden_accuracy"), m.Accuracy);
        Close.Relative(G.Number(c, "at_youden_ppv"), m.PositivePredictiveValue);
        Close.Relative(G.Number(c, "at_youden_npv"), m.NegativePredictiveValue);
    }

    [Theory]
    [InlineData("roc:asah:s100b")]
    [InlineData("roc:asah:wfns")]
    [InlineData("roc:wdbc:mean_fractal_dimension")]
    [InlineData("roc:wdbc:symmetry_error")]
    [InlineData("roc:toy_ties:s")]
    [InlineData("roc:toy_reversed:s")]
    public void Every_curve_point_matches_pROC(string c)
    {
        var (scores, outcome) = Data(c);
        var curve = Roc.Curve(scores, outcome);
        for (int k = 1; k <= curve.Thresholds.Count; k++)
        {
            Close.Relative(G.Number(c, $"thr_{k}"), curve.Thresholds[k - 1], what: $"threshold {k}");
            Close.Relative(G.Number(c, $"se_{k}"), curve.Sensitivities[k - 1], what: $"sensitivity {k}");
            Close.Relative(G.Number(c, $"sp_{k}"), curve.Specificities[k - 1], what: $"specificity {k}");
        }
    }

    /// <summary>The real data sets (100+ patients); on the toy sets percentiles are too discrete to compare.</summary>
    public static TheoryData<string> LargeRocCases() => new(G.Cases("roc:").Where(c => !c.Contains("toy")));

    [Theory, MemberData(nameof(LargeRocCases))]
    public void Stratified_bootstrap_interval_agrees_with_pROC_within_monte_carlo_error(string c)
    {
        var (scores, outcome) = Data(c);
        var curve = Roc.Curve(scores, outcome);
        var boot = RocBootstrap.ConfidenceInterval(curve, 2000, seed: 42);
        // Two independent 2000-replicate percentile estimates differ by ~0.005–0.01; 0.02 is about three SDs.
        Assert.InRange(boot.Lower, G.Number(c, "boot_lower") - 0.02, G.Number(c, "boot_lower") + 0.02);
        Assert.InRange(boot.Center, G.Number(c, "boot_median") - 0.01, G.Number(c, "boot_median") + 0.01);
        Assert.InRange(boot.Upper, G.Number(c, "boot_upper") - 0.02, G.Number(c, "boot_upper") + 0.02);
        // The bootstrap spread estimates the same sampling error as DeLong's variance.
        var delong = DeLong.ConfidenceInterval(curve);
        Assert.InRange(boot.StandardError / delong.StandardError, 0.85, 1.15);
    }

    public static TheoryData<string> PairedCases() => new(G.Cases("paired:"));

    [Theory, MemberData(nameof(PairedCases))]
    public void Paired_delong_test_matches_roc_test(string c)
    {
        var parts = c.Split(':');
        string dataset = G.Has($"roc:asah:{parts[1]}", "auc") ? "asah" : "wdbc";
        var (s1, outcome) = Data($"roc:{dataset}:{parts[1]}");
        var (s2, _) = Data($"roc:{dataset}:{parts[2]}");
        var test = DeLong.Compare(Roc.Curve(s1, outcome), Roc.Curve(s2, outcome));
        Close.Relative(G.Number(c, "z"), test.Z, what: "Z");
        Close.Relative(G.Number(c, "p"), test.PValue, what: "p");
        Close.Relative(G.Number(c, "ci_lower"), test.DifferenceLower, what: "CI lower");
        Close.Relative(G.Number(c, "ci_upper"), test.DifferenceUpper, what: "CI upper");
    }

    [Theory]
    [InlineData("unpaired:asah:s100b:male:female")]
    [InlineData("unpaired:asah:ndka:male:female")]
    [InlineData("unpaired:wdbc:mean_texture:first300:rest")]
    public void Unpaired_delong_test_matches_roc_test(string c)
    {
        var parts = c.Split(':');
        var table = GoldenValues.Table(parts[1] == "asah" ? "asah.csv" : "wdbc.csv");
        var scores = table.Numbers(parts[2]);
        var outcome = table.Binary(parts[1] == "asah" ? "poor" : "malignant");
        bool[] inFirst = parts[1] == "asah"
            ? table.Binary("male").Select(m => m == 1).ToArray()
            : Enumerable.Range(0, scores.Length).Select(i => i < 300).ToArray();
        RocCurve Group(bool first) => Roc.Curve(
            scores.Where((_, i) => inFirst[i] == first).ToArray(), outcome.Where((_, i) => inFirst[i] == first).ToArray());
        var test = DeLong.CompareUnpaired(Group(true), Group(false));
        Close.Relative(G.Number(c, "d"), test.D, what: "D");
        Close.Relative(G.Number(c, "df"), test.DegreesOfFreedom, what: "df");
        Close.Relative(G.Number(c, "p"), test.PValue, what: "p");
    }
}
