using DlRadiomics.Statistics.Calibration;
using DlRadiomics.Statistics.DecisionAnalysis;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Statistics;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Statistics.Tables;

/// <summary>
/// The DataFrame entry points (ROC, discrimination summary, binned calibration, Hosmer–Lemeshow, decision curve,
/// feature matrix, model scoring) on a table with missing values and a text outcome give the array results of the
/// rows left after listwise deletion, with the outcome coded by the CsvTable.Binary rule (second level = event).
/// </summary>
public sealed class DataFrameEntryPointTests
{
    private const int Rows = 80;
    private static readonly int[] MissingRisk = [3, 41];
    private const int MissingOutcome = 17;
    private const int MissingMarker = 60;

    /// <summary>risk ∈ (0, 1) all distinct; marker correlated with risk; outcome "Good"/"Poor" (Poor = event); three incomplete rows.</summary>
    private static DataFrame Table()
    {
        var risk = new double?[Rows];
        var marker = new double?[Rows];
        var outcome = new string?[Rows];
        for (int i = 0; i < Rows; i++)
        {
            double p = (i * 37 % Rows + 0.5) / Rows;
            risk[i] = p;
            marker[i] = 10 * p + (i % 7) - 3;
            outcome[i] = (i * 53 % 97) / 97.0 < p ? "Poor" : "Good";
        }
        foreach (int r in MissingRisk) risk[r] = null;
        outcome[MissingOutcome] = null;
        marker[MissingMarker] = double.NaN;
        return new DataFrame(new DoubleDataFrameColumn("risk", risk), new DoubleDataFrameColumn("marker", marker), new StringDataFrameColumn("outcome", outcome));
    }

    /// <summary>The complete rows for (risk, outcome), coded by hand: Poor = 1.</summary>
    private static (double[] Risk, int[] Outcome, int[] Kept) Complete(DataFrame df)
    {
        var kept = Enumerable.Range(0, Rows).Where(i => !MissingRisk.Contains(i) && i != MissingOutcome).ToArray();
        return (kept.Select(i => (double)df["risk"][i]).ToArray(), kept.Select(i => (string)df["outcome"][i] == "Poor" ? 1 : 0).ToArray(), kept);
    }

    [Fact]
    public void FeatureMatrixKeepsCompleteRowsCodesTheTextOutcomeAndCountsTheRest()
    {
        var df = Table();
        var (risk, outcome, kept) = Complete(df);
        var m = FeatureMatrix.From(df, ["risk"], "outcome");
        Assert.Equal(kept, m.KeptRows);
        Assert.Equal(3, m.RowsDropped);
        Assert.Equal("Poor", m.EventValue);
        Assert.Equal(outcome, m.Outcome);
        Assert.Equal(risk, m.Column("risk"));

        var both = FeatureMatrix.From(df, ["risk", "marker"], "outcome");
        Assert.Equal(4, both.RowsDropped);
        Assert.DoesNotContain(MissingMarker, both.KeptRows);
        Assert.Equal(["risk", "marker"], both.Names);

        var good = FeatureMatrix.From(df, ["risk"], "outcome", positive: "Good");
        Assert.Equal(outcome.Select(v => 1 - v), good.Outcome);

        var e = Assert.Throws<StatisticsInputException>(() => FeatureMatrix.From(df, ["risk"], "outcome", MissingValuePolicy.Error));
        Assert.Contains("column 'risk', row 4", e.Message);
        Assert.Contains("'nope' is not in the data", Assert.Throws<StatisticsInputException>(() => FeatureMatrix.From(df, ["nope"])).Message);
    }

    [Fact]
    public void RocAndDiscriminationFromTheTableEqualTheArrayResults()
    {
        var df = Table();
        var (risk, outcome, _) = Complete(df);
        var fromTable = Roc.Curve(df, "risk", "outcome");
        var fromArrays = Roc.Curve(risk, outcome);
        Assert.Equal(fromArrays.Auc, fromTable.Auc);
        Assert.Equal(fromArrays.Thresholds, fromTable.Thresholds);
        Assert.Equal(fromArrays.Sensitivities, fromTable.Sensitivities);
        Assert.Equal(3, fromTable.RowsDropped);

        var options = new DiscriminationOptions(BootstrapReplicates: 50, Seed: 7);
        var summary = Discrimination.Summarize(df, "risk", "outcome", options);
        var expected = Discrimination.Summarize("risk", risk, outcome, options);
        Assert.Equal(expected.DeLong, summary.DeLong);
        Assert.Equal(expected.Bootstrap, summary.Bootstrap);
        Assert.Equal(expected.Youden.Threshold, summary.Youden.Threshold);
        Assert.Equal(3, summary.RowsDropped);
        Assert.Throws<StatisticsInputException>(() => Discrimination.Summarize(df, "risk", "outcome", options, MissingValuePolicy.Error));
    }

    [Fact]
    public void CalibrationHosmerLemeshowAndDecisionCurveFromTheTableEqualTheArrayResults()
    {
        var df = Table();
        var (risk, outcome, _) = Complete(df);

        var bins = CalibrationCurve.Binned(df, "risk", "outcome", bins: 5);
        Assert.Equal(CalibrationCurve.Binned(risk, outcome, 5), bins.Bins);
        Assert.Equal(3, bins.RowsDropped);

        var hl = HosmerLemeshowTest.Compute(df, "risk", "outcome");
        var hlArrays = HosmerLemeshowTest.Compute(risk, outcome);
        Assert.Equal(hlArrays.Statistic, hl.Statistic);
        Assert.Equal(hlArrays.PValue, hl.PValue);
        Assert.Equal(3, hl.RowsDropped);

        var dca = DecisionCurve.Compute(df, "risk", "outcome");
        var dcaArrays = DecisionCurve.Compute("risk", risk, outcome);
        Assert.Equal("risk", dca.Name);
        Assert.Equal(dcaArrays.Points, dca.Points);
        Assert.Equal(3, dca.RowsDropped);
        Assert.Throws<StatisticsInputException>(() => DecisionCurve.Compute(df, "risk", "outcome", missing: MissingValuePolicy.Error));
    }

    [Fact]
    public void AFittedModelScoresIncompleteRowsAsNaNSoPredictionsStayAlignedWithTheTable()
    {
        var df = Table();
        var model = LogisticRegression.Fit(df, "outcome", ["marker"]);
        Assert.Equal(2, model.RowsDropped);
        var p = model.PredictProbability(df);
        Assert.Equal(Rows, p.Length);
        Assert.True(double.IsNaN(p[MissingMarker]));
        Assert.Equal(Rows - 1, p.Count(double.IsFinite));
        var m = FeatureMatrix.From(df, ["marker"]);
        Assert.Equal(model.PredictProbability(m.Rows), m.KeptRows.Select(i => p[i]));
        Assert.Contains("row 61", Assert.Throws<StatisticsInputException>(() => model.PredictProbability(df, MissingValuePolicy.Error)).Message);
    }

    [Fact]
    public void TheScreenReturnsItsFittedModels()
    {
        var df = Table();
        var screen = LogisticScreening.Run(df, "outcome", ["risk", "marker"], new LogisticScreeningOptions(EntryPValue: 1));
        Assert.Equal(["risk", "marker"], screen.Univariate.Select(u => u.Predictor));
        var model = screen.RequireMultivariable();
        Assert.Equal(["risk", "marker"], screen.Entered);
        Assert.Same(model, screen.Table.MultivariableModel);
        Assert.Equal(Rows - 4, model.Observations);
    }
}
