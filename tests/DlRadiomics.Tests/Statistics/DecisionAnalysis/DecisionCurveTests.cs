using DlRadiomics.Statistics.DecisionAnalysis;
using DlRadiomics.Statistics;
using DlRadiomics.Tests.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Statistics.DecisionAnalysis;

/// <summary>Net benefit against the reference computation in golden_python.py (Vickers &amp; Elkin's formula).</summary>
public class DecisionCurveTests
{
    [Fact]
    public void Net_benefit_treat_all_and_standardised_net_benefit_match_the_reference()
    {
        var g = GoldenValues.Python;
        var data = GoldenValues.Table("dca_model.csv");
        var curve = DecisionCurve.Compute("model", data.Numbers("probability"), data.Binary("malignant"));
        Assert.Equal(99, curve.Points.Count);
        for (int k = 1; k <= 99; k++)
        {
            var point = curve.Points[k - 1];
            Assert.Equal(k / 100.0, point.Threshold);
            Close.Relative(g.Number("dca", $"model_{k}"), point.NetBenefit, rel: 1e-9, what: $"NB at {k}%");
            Close.Relative(g.Number("dca", $"all_{k}"), point.TreatAll, rel: 1e-9, what: $"treat-all at {k}%");
            Close.Relative(g.Number("dca", $"snb_{k}"), point.StandardizedNetBenefit, rel: 1e-9, what: $"sNB at {k}%");
        }
    }

    [Fact]
    public void Worked_example_by_hand()
    {
        // 4 patients, 2 events; at pt = 0.5 the two patients with p ≥ 0.5 are one event and one non-event:
        // NB = 1/4 − 1/4 · 1 = 0, treat-all = 0.5 − 0.5 · 1 = 0, sNB = 0.
        var curve = DecisionCurve.Compute("m", [0.9, 0.6, 0.3, 0.1], [1, 0, 1, 0], [0.0, 0.5, 0.8, 0.95]);
        Assert.Equal(0.5, curve.Points[0].NetBenefit);           // pt = 0: everyone treated, NB = prevalence
        Assert.Equal(0.0, curve.Points[1].NetBenefit, 15);
        Assert.Equal(0.0, curve.Points[1].TreatAll, 15);
        Assert.Equal(0.25, curve.Points[2].NetBenefit, 15);     // only the event at 0.9 treated: NB = 1/4
        Assert.Equal(0.0, curve.Points[3].NetBenefit);          // nobody treated
        // Useful only at pt = 0.8: at 0 the model equals treat-all, at 0.5 both are 0, at 0.95 nobody is treated (NB 0).
        Assert.Equal([0.8], curve.UsefulThresholds);
    }

    [Fact]
    public void Scores_outside_zero_one_and_threshold_one_are_rejected()
    {
        Assert.Contains("[0, 1]", Assert.Throws<StatisticsInputException>(() => DecisionCurve.Compute("svm", [1.5, 0.2], [1, 0])).Message);
        Assert.Contains("[0, 1)", Assert.Throws<StatisticsInputException>(() => DecisionCurve.Compute("m", [0.5, 0.2], [1, 0], [1.0])).Message);
        Assert.Contains("single class", Assert.Throws<StatisticsInputException>(() => DecisionCurve.Compute("m", [0.5, 0.2], [0, 0])).Message);
    }
}
