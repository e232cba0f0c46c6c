using DlRadiomics.Statistics.Calibration;
using DlRadiomics.Statistics;

using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Calibration;

/// <summary>Calibration measures against R (lowess, rms::val.prob, the hoslem.test formula) and scikit-learn (calibration_curve, brier_score_loss).</summary>
public class CalibrationGoldenTests
{
    private static readonly System.Text.Json.JsonElement Rc = R.GetProperty("calibration");

    [Fact]
    public void LowessMatchesRWithThreeAndZeroIterations()
    {
        var y = Rc.Doubles("y"); var p = Rc.Doubles("p");
        foreach (var (key, iterations) in new[] { ("lowess_iter3", 3), ("lowess_iter0", 0) })
        {
            var r = Lowess.Smooth(p, y, new LowessOptions(Iterations: iterations));
            var expected = Rc.GetProperty(key);
            Assert.Equal(expected.Doubles("x"), r.X);
            var ey = expected.Doubles("y");
            for (int i = 0; i < ey.Length; i++) Close(ey[i], r.Y[i], absolute: 1e-10, what: $"{key}[{i}]");
        }
    }

    [Fact]
    public void LowessMatchesROnMtcars()
    {
        var m = Rc.GetProperty("lowess_mtcars");
        var r = Lowess.Smooth(m.Doubles("x"), m.Doubles("y"));
        var fy = m.Doubles("fy");
        for (int i = 0; i < fy.Length; i++) Close(fy[i], r.Y[i], absolute: 1e-10, what: $"mpg smooth[{i}]");
    }

    [Fact]
    public void InterceptSlopeAndErrorsMatchValProb()
    {
        foreach (var (pKey, vKey) in new[] { ("p", "val_prob"), ("p2", "val_prob2") })
        {
            var r = CalibrationStatistics.Compute(Rc.Doubles(pKey), Ints(Rc.Doubles("y")));
            var v = Rc.GetProperty(vKey);
            Close(v.Number("intercept"), r.Intercept, what: "intercept");
            Close(v.Number("slope"), r.Slope, what: "slope");
            Close(v.Number("brier"), r.Brier, what: "Brier");
            if (v.TryGetProperty("emax", out var emax))
            {
                Close(emax.GetDouble(), r.Emax, what: "Emax");
                Close(v.Number("eavg"), r.Eavg, what: "Eavg");
                Close(v.Number("e90"), r.E90, what: "E90");
            }
        }
    }

    [Fact]
    public void HosmerLemeshowMatchesResourceSelectionFormula()
    {
        foreach (var h in Rc.GetProperty("hoslem").EnumerateArray())
        {
            int g = h.GetProperty("g").GetInt32();
            var p = g == 10 && h.Number("statistic") < 7 ? Rc.Doubles("p") : Rc.Doubles("p2");
            var r = HosmerLemeshowTest.Compute(p, Ints(Rc.Doubles("y")), g);
            Close(h.Number("statistic"), r.Statistic, what: $"HL g={g}");
            Close(h.Number("p"), r.PValue, what: $"HL p g={g}");
            Assert.Equal(g - 2, r.DegreesOfFreedom);
            Assert.Equal(h.Doubles("observed1"), r.Groups.Select(x => x.ObservedEvents));
            var e1 = h.Doubles("expected1");
            for (int i = 0; i < g; i++) Close(e1[i], r.Groups[i].ExpectedEvents, what: "expected events");
        }
    }

    [Fact]
    public void BinnedCurveAndBrierMatchScikitLearn()
    {
        var c = Python.GetProperty("calibration");
        var y = Ints(c.Doubles("y")); var p = c.Doubles("p");
        Close(c.Number("brier"), BrierScore.Compute(p, y), what: "Brier");
        foreach (var curve in c.GetProperty("curves").EnumerateArray())
        {
            var binning = curve.GetProperty("strategy").GetString() == "quantile" ? CalibrationBinning.Quantile : CalibrationBinning.Uniform;
            var r = CalibrationCurve.Binned(p, y, curve.GetProperty("n_bins").GetInt32(), binning);
            var t = curve.Doubles("prob_true"); var q = curve.Doubles("prob_pred");
            Assert.Equal(t.Length, r.Count);
            for (int i = 0; i < t.Length; i++)
            {
                Close(t[i], r[i].ObservedFraction, what: "prob_true");
                Close(q[i], r[i].MeanPredicted, what: "prob_pred");
            }
        }
    }

    [Fact]
    public void BadProbabilitiesAreRejected()
    {
        Assert.Contains("(0, 1)", Assert.Throws<StatisticsInputException>(() => CalibrationStatistics.Compute([0.2, 1.0, 0.3], [0, 1, 0])).Message);
        Assert.Contains("0 or 1", Assert.Throws<StatisticsInputException>(() => BrierScore.Compute([0.2, 0.3], [0, 2])).Message);
        Assert.Contains("separate the outcomes perfectly", Assert.Throws<StatisticsInputException>(() => CalibrationStatistics.Compute([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).Message);
        Assert.Contains("tied", Assert.Throws<StatisticsInputException>(() => HosmerLemeshowTest.Compute(Enumerable.Repeat(0.3, 21).ToArray(), Enumerable.Repeat(0, 20).Append(1).ToArray())).Message);
    }

    /// <summary>The goldens store the 0/1 outcome as numbers; the calibration functions take it as integers.</summary>
    private static int[] Ints(double[] outcome) => outcome.Select(v => (int)v).ToArray();
}
