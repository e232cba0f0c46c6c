using System.Text.Json;
using DlRadiomics.Statistics.Nomograms;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics;
using Microsoft.Data.Analysis;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Nomograms;

/// <summary>Nomogram layout against rms::lrm + rms::nomogram on R's infert data.</summary>
public class NomogramGoldenTests
{
    private static readonly JsonElement G = R.GetProperty("nomogram");

    private static NomogramResult Build()
    {
        var model = LogisticRegression.Fit(Data("infert.csv"), "case", ["age", "parity", "education", "spontaneous", "induced"]);
        var axes = G.GetProperty("axes").EnumerateArray().Where(a => a.GetProperty("values")[0].ValueKind == JsonValueKind.Number)
            .ToDictionary(a => a.GetProperty("predictor").GetString()!, a => (IReadOnlyList<double>)a.Doubles("values"));
        return Nomogram.Build(model, options: new NomogramOptions(axes, ProbabilityTicks: G.GetProperty("probability").Doubles("ticks")));
    }

    [Fact]
    public void PointsPerPredictorMatchRms()
    {
        var nomogram = Build();
        foreach (var axis in G.GetProperty("axes").EnumerateArray())
        {
            var mine = nomogram.Axes.Single(a => a.Predictor == axis.GetProperty("predictor").GetString());
            var points = axis.Doubles("points");
            var values = axis.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(values, mine.Labels);
            for (int i = 0; i < points.Length; i++) Close(points[i], mine.Points[i], absolute: 1e-9, what: $"{mine.Predictor} {values[i]}");
        }
        Assert.Equal(100, nomogram.Axes.Max(a => a.Points.Max()), 9);
    }

    [Fact]
    public void ProbabilityAndLinearPredictorAxesMatchRms()
    {
        var nomogram = Build();
        var expected = G.GetProperty("probability").Doubles("points");
        Assert.Equal(expected.Length, nomogram.ProbabilityAxis.Count);
        // rms places function ticks by linear interpolation on a grid of linear-predictor values (approx), hence 1e-5.
        for (int i = 0; i < expected.Length; i++) Close(expected[i], nomogram.ProbabilityAxis[i].TotalPoints, relative: 1e-5, what: "risk tick");
        var lp = G.GetProperty("lp");
        var lpValues = lp.Doubles("values"); var lpPoints = lp.Doubles("points");
        for (int i = 0; i < lpValues.Length; i++) Close(lpPoints[i], nomogram.TotalPointsFor(lpValues[i]), relative: 1e-7, what: "lp tick");
    }

    [Fact]
    public void ScoresNewPatientsAsRmsPredict()
    {
        var nomogram = Build();
        var np = G.GetProperty("new_patients");
        var df = new DataFrame(
            new DoubleDataFrameColumn("age", np.Doubles("age")), new DoubleDataFrameColumn("parity", np.Doubles("parity")),
            new StringDataFrameColumn("education", np.GetProperty("education").EnumerateArray().Select(e => e.GetString())),
            new DoubleDataFrameColumn("spontaneous", np.Doubles("spontaneous")), new DoubleDataFrameColumn("induced", np.Doubles("induced")));
        var lp = np.Doubles("lp"); var prob = np.Doubles("probability");
        for (int i = 0; i < lp.Length; i++)
        {
            var s = nomogram.Score(df, i);
            Close(lp[i], s.LinearPredictor, relative: 1e-7, what: "lp");
            Close(prob[i], s.Probability, relative: 1e-7, what: "probability");
            Close(s.LinearPredictor, nomogram.LinearPredictorAtZero + s.TotalPoints / nomogram.PointsPerUnit, relative: 1e-12, what: "points → lp");
        }
    }

    [Fact]
    public void CsvListsEveryTickAndTheRiskAxis()
    {
        var nomogram = Build();
        var lines = nomogram.ToCsv().TrimEnd('\n').Split('\n');
        Assert.Equal("axis,label,value,points", lines[0]);
        Assert.Equal(nomogram.Axes.Sum(a => a.Labels.Count) + nomogram.ProbabilityAxis.Count, lines.Length - 1);
        Assert.Contains("parity,1,1,100", lines);
        Assert.Contains(lines, l => l.StartsWith("education,12+ yrs,1,0"));
        Assert.StartsWith("Probability,0.5,0.5,162.51", lines.Single(l => l.StartsWith("Probability,0.5,")));
    }

    [Fact]
    public void DefaultTicksCoverTheDataRange()
    {
        var data = Data("infert.csv");
        var model = LogisticRegression.Fit(data, "case", ["age", "spontaneous"]);
        var age = Nomogram.Build(model, data).Axes.Single(a => a.Predictor == "age");
        Assert.Equal([20.0, 25, 30, 35, 40, 45], age.Values);
        Assert.Contains("no tick values for 'age'", Assert.Throws<StatisticsInputException>(() => Nomogram.Build(model)).Message);
    }

    [Fact]
    public void DiscretePredictorsGetTheirValuesAsTicksAsRmsDatadist()
    {
        var data = Data("infert.csv");
        var model = LogisticRegression.Fit(data, "case", ["age", "spontaneous", "induced", "parity"]);
        var expected = G.GetProperty("default_ticks").EnumerateArray().ToList();
        var age = expected.Single(a => a.GetProperty("predictor").GetString() == "age").Doubles("values");
        var nomogram = Nomogram.Build(model, data, new NomogramOptions(new Dictionary<string, IReadOnlyList<double>> { ["age"] = age }));
        foreach (var axis in expected)
        {
            var mine = nomogram.Axes.Single(a => a.Predictor == axis.GetProperty("predictor").GetString());
            Assert.Equal(axis.Doubles("values"), mine.Values);
            var points = axis.Doubles("points");
            for (int i = 0; i < points.Length; i++) Close(points[i], mine.Points[i], absolute: 1e-9, what: $"{mine.Predictor} {mine.Labels[i]}");
        }
    }

    [Fact]
    public void ScoresAPatientGivenAsNamedValuesAsTheTableRow()
    {
        var nomogram = Build();
        var np = G.GetProperty("new_patients");
        var patient = new Dictionary<string, object?>
        {
            ["age"] = np.Doubles("age")[0], ["parity"] = (int)np.Doubles("parity")[0], ["education"] = np.GetProperty("education")[0].GetString(),
            ["spontaneous"] = np.Doubles("spontaneous")[0], ["induced"] = false, ["stratum"] = 3,
        };
        var score = nomogram.Score(patient);
        Close(np.Doubles("lp")[0], score.LinearPredictor, relative: 1e-7, what: "lp");
        Close(np.Doubles("probability")[0], score.Probability, relative: 1e-7, what: "probability");
        Assert.Equal(score.Points.Values.Sum(), score.TotalPoints, 9);
        Assert.Equal(["stratum"], score.Unused);

        patient.Remove("education");
        patient["age"] = null;
        var message = Assert.Throws<StatisticsInputException>(() => nomogram.Score(patient)).Message;
        Assert.Contains("'age' (a number; the axis runs 20–45)", message);
        Assert.Contains("'education' (one of 0-5yrs, 12+ yrs, 6-11yrs)", message);
    }

    [Fact]
    public void InteractionModelsAreRefused()
    {
        var model = LogisticRegression.Fit(Data("wdbc.csv"), "target", ["mean_radius*mean_texture"]);
        Assert.Contains("interaction", Assert.Throws<StatisticsInputException>(() => Nomogram.Build(model, Data("wdbc.csv"))).Message);
    }
}
