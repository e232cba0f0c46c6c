using System.Globalization;
using DlRadiomics.Figures;
using DlRadiomics.Statistics.Calibration;
using DlRadiomics.Statistics.Correlations;
using DlRadiomics.Statistics.DecisionAnalysis;
using DlRadiomics.Statistics.Nomograms;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Figures;

/// <summary>Figures drawn from statistics computed on R's aSAH, infert and the WDBC data.</summary>
public class StatisticsFiguresTests
{
    private static DataFrame Infert() => FigureSamples.Infert();
    private static DataFrame Wdbc() => FigureSamples.Wdbc();
    private static string F3(double v) => v.ToString("F3", CultureInfo.InvariantCulture);

    private static (int[] Outcome, double[] Model, double[] Simple) AsahPredictions()
    {
        var asah = FigureJson.Asah();
        var full = LogisticRegression.Fit(asah, "poor", ["s100b", "wfns", "age"]);
        var simple = LogisticRegression.Fit(asah, "poor", ["s100b"]);
        return (asah.Outcome("poor"), full.PredictProbability(asah), simple.PredictProbability(asah));
    }

    [Fact]
    public void Calibration_draws_the_ideal_diagonal_the_lowess_line_binned_points_and_the_statistics()
    {
        var (y, p, _) = AsahPredictions();
        var series = CalibrationSeries.Compute("Clinical", p, y, bins: 5, groups: 10);
        var figure = FigureJson.Parse(CalibrationFigure.Create([series], "aSAH"));
        Assert.Equal([0.0, 1.0], figure.Trace("Ideal").Numbers("x"));
        Assert.Equal([0.0, 1.0], figure.Trace("Ideal").Numbers("y"));
        string legend = CalibrationFigure.LegendLabel(series);
        Assert.Equal(CalibrationCurve.Smoothed(p, y, new LowessOptions(Iterations: 0)).Y, series.Smoothed.Y); // rms::val.prob's lowess(p, y, iter = 0)
        Assert.Equal(series.Smoothed.X, figure.Trace(legend).Numbers("x"));
        Assert.Equal(series.Smoothed.Y, figure.Trace(legend).Numbers("y"));
        var binned = figure.Trace("Clinical (binned)");
        Assert.Equal(series.Bins!.Select(b => b.ObservedFraction), binned.Numbers("y"));
        var error = binned.GetProperty("error_y");
        for (int k = 0; k < series.Bins!.Count; k++)
        {
            double lower = series.Bins[k].ObservedFraction - error.Numbers("arrayminus")[k], upper = series.Bins[k].ObservedFraction + error.Numbers("array")[k];
            Assert.InRange(series.Bins[k].ObservedFraction, lower, upper);
            Assert.InRange(lower, 0, 1);
            Assert.InRange(upper, 0, 1);
        }
        Assert.StartsWith("Clinical (Brier " + F3(series.Statistics!.Brier), legend);
        Assert.EndsWith("H–L p = " + TableText.PValue(series.HosmerLemeshow!.PValue) + ")", legend);
    }

    [Fact]
    public void Bin_intervals_are_wilson_intervals_as_statsmodels_computes_them()
    {
        var golden = CsvTable.Read(RepoPaths.Golden("Figures/wilson.csv")).EnsureRectangular();
        var (events, n, expectedLower, expectedUpper) = (golden.Numbers("events"), golden.Numbers("n"), golden.Numbers("lower"), golden.Numbers("upper"));
        for (int i = 0; i < golden.RowCount; i++)
        {
            var (lower, upper) = CalibrationFigure.Wilson(events[i] / n[i], (int)n[i]);
            Assert.Equal(expectedLower[i], lower, 12);
            Assert.Equal(expectedUpper[i], upper, 12);
        }
    }

    [Fact]
    public void Decision_curves_show_each_model_treat_all_and_treat_none_on_a_clipped_axis()
    {
        var (y, p, simple) = AsahPredictions();
        var outcome = y.Select(v => (int)v).ToArray();
        var model = DecisionCurve.Compute("Clinical", p, outcome);
        var other = DecisionCurve.Compute("S100B", simple, outcome);
        var figure = FigureJson.Parse(DecisionCurveFigure.Create([model, other]));
        Assert.Equal(model.Points.Select(q => q.NetBenefit), figure.Trace("Clinical").Numbers("y"));
        Assert.Equal(model.Points.Select(q => q.Threshold), figure.Trace("Clinical").Numbers("x"));
        Assert.Equal(model.Points.Select(q => q.TreatAll), figure.Trace("Treat all").Numbers("y"));
        Assert.All(figure.Trace("Treat none").Numbers("y"), v => Assert.Equal(0, v));
        var range = figure.GetProperty("layout").GetProperty("yaxis").Numbers("range");
        double top = model.Points.Concat(other.Points).Max(q => Math.Max(q.NetBenefit, q.TreatAll));
        Assert.Equal(DecisionCurveFigure.YRange(top), range);
        Assert.True(range[0] > model.Points.Min(q => q.TreatAll), "treat-all at high thresholds should be clipped");

        var standardized = FigureJson.Parse(DecisionCurveFigure.Create([model], standardized: true));
        Assert.Equal(model.Points.Select(q => q.NetBenefit / model.Prevalence), standardized.Trace("Clinical").Numbers("y"));
    }

    [Fact]
    public void Decision_curves_of_different_cohorts_are_refused()
    {
        var (y, p, _) = AsahPredictions();
        var outcome = y.Select(v => (int)v).ToArray();
        var all = DecisionCurve.Compute("all", p, outcome);
        var half = DecisionCurve.Compute("half", p.Take(60).ToArray(), outcome.Take(60).ToArray());
        Assert.Throws<FigureInputException>(() => DecisionCurveFigure.Create([all, half]));
        Assert.Throws<FigureInputException>(() => DecisionCurveFigure.Create([]));
    }

    [Fact]
    public void The_nomogram_has_a_points_row_from_0_to_100_one_row_per_predictor_and_total_and_risk_rows()
    {
        var data = Infert();
        var model = LogisticRegression.Fit(data, "case", ["age", "parity", "education", "spontaneous", "induced"]);
        var nomogram = Nomogram.Build(model, data);
        var figure = FigureJson.Parse(NomogramFigure.Create(nomogram, riskLabel: "Risk of case"));
        var points = figure.Trace(NomogramFigure.PointsRow);
        Assert.Equal(0, points.Numbers("x").Min(), 9);
        Assert.Equal(100, points.Numbers("x").Max(), 9);
        Assert.Equal(["0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"], points.Strings("text"));
        foreach (var axis in nomogram.Axes)
        {
            var row = figure.Trace(axis.Predictor);
            var order = Enumerable.Range(0, axis.Points.Count).OrderBy(i => axis.Points[i]).ToArray();
            Assert.Equal(order.Select(i => axis.Points[i]), row.Numbers("x"));
            Assert.Equal(order.Select(i => axis.Labels[i]), row.Strings("text"));
        }
        var total = figure.Trace(NomogramFigure.TotalPointsRow);
        double totalEnd = double.Parse(total.Strings("text")[^1], CultureInfo.InvariantCulture);
        Assert.True(totalEnd >= nomogram.MaxTotalPoints);
        Assert.Equal(100, total.Numbers("x")[^1], 9);
        var risk = figure.Trace("Risk of case");
        Assert.Equal(nomogram.ProbabilityAxis.Select(t => t.TotalPoints * 100 / totalEnd), risk.Numbers("x"));
        var rowNames = figure.GetProperty("layout").GetProperty("yaxis").Strings("ticktext");
        Assert.Equal([NomogramFigure.PointsRow, .. nomogram.Axes.Select(a => a.Predictor), NomogramFigure.TotalPointsRow, "Risk of case"], rowNames);
    }

    [Fact]
    public void A_scored_patient_is_marked_at_its_points_on_every_row_and_at_its_total_on_the_total_and_risk_rows()
    {
        var data = Infert();
        var model = LogisticRegression.Fit(data, "case", ["age", "parity", "spontaneous"]);
        var nomogram = Nomogram.Build(model, data);
        var score = nomogram.Score(new Dictionary<string, object?> { ["age"] = 31, ["parity"] = 2, ["spontaneous"] = 1 });
        var figure = FigureJson.Parse(NomogramFigure.Create(nomogram, patient: score));
        var marks = figure.Trace(NomogramFigure.PatientTrace);
        var totalEnd = double.Parse(figure.Trace(NomogramFigure.TotalPointsRow).Strings("text")[^1], CultureInfo.InvariantCulture);
        double ToX(double total) => total * nomogram.Axes.Max(a => a.Points.Max()) / totalEnd;
        Assert.Equal([.. nomogram.Axes.Select(a => score.Points[a.Predictor]), ToX(score.TotalPoints), ToX(score.TotalPoints)], marks.Numbers("x"));
        Assert.Equal([-1.0, -2, -3, -4, -5], marks.Numbers("y"));
        Assert.Equal(score.Probability.ToString("F3", CultureInfo.InvariantCulture), marks.Strings("text")[^1]);
        Assert.DoesNotContain(FigureJson.Parse(NomogramFigure.Create(nomogram)).Traces(), t => t.GetProperty("name").GetString() == NomogramFigure.PatientTrace);
    }

    [Fact]
    public void The_forest_plot_draws_each_odds_ratio_with_its_interval_on_a_log_axis()
    {
        var table = LogisticScreening.Run(Infert(), "case", ["age", "parity", "spontaneous", "induced"]).Table;
        var figure = FigureJson.Parse(ForestPlot.Create(table, RegressionModelKind.Univariate));
        var trace = Assert.Single(figure.Traces());
        Assert.Equal(table.Rows.Select(r => r.Univariate.OddsRatio), trace.Numbers("x"));
        var error = trace.GetProperty("error_x");
        Assert.Equal(table.Rows.Select(r => r.Univariate.OddsRatioUpper - r.Univariate.OddsRatio), error.Numbers("array"));
        Assert.Equal(table.Rows.Select(r => r.Univariate.OddsRatio - r.Univariate.OddsRatioLower), error.Numbers("arrayminus"));
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("type").GetString());
        var labels = figure.GetProperty("layout").GetProperty("yaxis").Strings("ticktext");
        Assert.Equal(table.Rows.Select(r => r.Term + "  " + RegressionTable.FormatOddsRatio(r.Univariate)), labels);
        var line = Assert.Single(figure.Shapes());
        Assert.Equal(1, line.GetProperty("x0").GetDouble());
    }

    [Fact]
    public void Feature_weights_are_sorted_bars_without_the_intercept()
    {
        var model = LogisticRegression.Fit(Wdbc(), "target", ["mean_radius", "mean_texture", "mean_smoothness"]);
        var bar = Assert.Single(FigureJson.Parse(FeatureWeightFigure.Create(model)).Traces());
        Assert.Equal("bar", bar.GetProperty("type").GetString());
        var expected = model.Coefficients.Skip(1).OrderBy(c => c.Estimate).ToArray();
        Assert.Equal(expected.Select(c => c.Term), bar.Strings("y"));
        Assert.Equal(expected.Select(c => c.Estimate), bar.Numbers("x"));
        Assert.Throws<FigureInputException>(() => FeatureWeightFigure.Create(Array.Empty<(string, double)>()));
    }

    [Fact]
    public void The_correlation_heatmap_holds_the_matrix_on_a_fixed_minus_one_to_one_scale()
    {
        var wdbc = Wdbc();
        string[] names = ["mean_radius", "mean_texture", "mean_area", "worst_concavity"];
        var matrix = Correlation.Matrix(names, names.Select(n => (IReadOnlyList<double>)wdbc.Column(n)).ToArray(), CorrelationMethod.Spearman);
        var heatmap = Assert.Single(FigureJson.Parse(CorrelationHeatmap.Create(matrix)).Traces());
        Assert.Equal(names, heatmap.Strings("x"));
        var z = heatmap.GetProperty("z").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        for (int i = 0; i < names.Length; i++)
            for (int j = 0; j < names.Length; j++)
                Assert.Equal(matrix.Coefficient(i, j), z[i][j]);
        Assert.Equal(-1, heatmap.GetProperty("zmin").GetDouble());
        Assert.Equal(1, heatmap.GetProperty("zmax").GetDouble());
    }

    [Fact]
    public void The_delong_heatmap_is_symmetric_with_a_blank_diagonal()
    {
        var asah = FigureJson.Asah();
        var poor = asah.Outcome("poor");
        var options = new DiscriminationOptions(BootstrapReplicates: 0);
        var summaries = new[] { "s100b", "ndka", "wfns" }.Select(n => Discrimination.Summarize(n, asah.Column(n), poor, options)).ToArray();
        var tests = Discrimination.CompareAll(summaries);
        var heatmap = Assert.Single(FigureJson.Parse(DeLongHeatmap.Create(tests)).Traces());
        Assert.Equal(["s100b", "ndka", "wfns"], heatmap.Strings("x"));
        var z = heatmap.GetProperty("z").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        for (int i = 0; i < 3; i++) Assert.Equal(System.Text.Json.JsonValueKind.Null, z[i][i].ValueKind);
        foreach (var t in tests)
        {
            int i = Array.IndexOf(["s100b", "ndka", "wfns"], t.First), j = Array.IndexOf(["s100b", "ndka", "wfns"], t.Second);
            Assert.Equal(t.Test.PValue, z[i][j].GetDouble());
            Assert.Equal(t.Test.PValue, z[j][i].GetDouble());
        }
        Assert.Throws<FigureInputException>(() => DeLongHeatmap.Create([]));
    }

    [Fact]
    public void Distributions_put_one_trace_per_group_with_its_values_split_by_cohort()
    {
        var asah = FigureJson.Asah();
        var figure = FigureJson.Parse(DistributionFigure.Create(asah, "s100b", "poor", split: "male", axisTitle: "S100B (µg/L)"));
        var traces = figure.Traces();
        Assert.Equal(["poor = 0", "poor = 1"], traces.Select(t => t.GetProperty("name").GetString()));
        var s100b = asah.Column("s100b"); var poor = asah.Column("poor"); var male = asah.Column("male");
        Assert.Equal(Enumerable.Range(0, s100b.Length).Where(i => poor[i] == 1).Select(i => s100b[i]), traces[1].Numbers("y"));
        Assert.Equal(Enumerable.Range(0, s100b.Length).Where(i => poor[i] == 1).Select(i => male[i].ToString(CultureInfo.InvariantCulture)), traces[1].Strings("x"));
        Assert.All(traces, t => Assert.Equal("box", t.GetProperty("type").GetString()));
        Assert.Equal("group", figure.GetProperty("layout").GetProperty("boxmode").GetString());

        var violin = FigureJson.Parse(DistributionFigure.Create("Radscore", [0.1, 0.4, 0.3, 0.9], ["a", "b", "a", "b"], kind: DistributionKind.Violin));
        Assert.All(violin.Traces(), t => Assert.Equal("violin", t.GetProperty("type").GetString()));
        Assert.Throws<FigureInputException>(() => DistributionFigure.Create("x", [1.0, double.NaN], ["a", "b"]));
    }
}
