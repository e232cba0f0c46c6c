using DlRadiomics.Figures;
using DlRadiomics.Statistics.RocAnalysis;

namespace DlRadiomics.Tests.Figures;

public class RocFigureTests
{
    private static (string, RocCurve)[] Curves()
    {
        var asah = FigureJson.Asah();
        var poor = asah.Outcome("poor");
        return [("S100B", Roc.Curve(asah.Column("s100b"), poor)), ("WFNS", Roc.Curve(asah.Column("wfns"), poor))];
    }

    [Fact]
    public void Each_curve_is_drawn_from_its_false_positive_and_true_positive_rates()
    {
        var curves = Curves();
        var figure = FigureJson.Parse(RocFigure.Create(curves, "aSAH"));
        var traces = figure.Traces();
        Assert.Equal(2, traces.Length);
        for (int i = 0; i < curves.Length; i++)
        {
            Assert.Equal(curves[i].Item2.FalsePositiveRates, traces[i].Numbers("x"));
            Assert.Equal(curves[i].Item2.Sensitivities, traces[i].Numbers("y"));
        }
    }

    [Fact]
    public void The_legend_carries_the_auc_and_its_delong_interval_to_three_decimals()
    {
        var curves = Curves();
        var figure = FigureJson.Parse(RocFigure.Create(curves));
        var interval = DeLong.ConfidenceInterval(curves[0].Item2);
        string legend = figure.Traces()[0].GetProperty("name").GetString()!;
        Assert.StartsWith("S100B (AUC " + interval.Auc.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), legend);
        Assert.Contains("95% CI " + interval.Lower.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) + "–", legend);
    }

    [Fact]
    public void The_chance_diagonal_runs_from_the_origin_to_one_one()
    {
        var diagonal = Assert.Single(FigureJson.Parse(RocFigure.Create(Curves())).Shapes());
        Assert.Equal([0.0, 0.0, 1.0, 1.0], new[] { "x0", "y0", "x1", "y1" }.Select(k => diagonal.GetProperty(k).GetDouble()));
    }

    [Fact]
    public void Summaries_use_their_stored_interval()
    {
        var asah = FigureJson.Asah();
        var summary = Discrimination.Summarize("NDKA", asah.Column("ndka"), asah.Outcome("poor"), new DiscriminationOptions(BootstrapReplicates: 0));
        string legend = FigureJson.Parse(RocFigure.Create([summary])).Traces()[0].GetProperty("name").GetString()!;
        Assert.Equal(RocFigure.LegendLabel("NDKA", summary.DeLong), legend);
        Assert.Throws<FigureInputException>(() => RocFigure.Create([summary], useBootstrapInterval: true));
    }

    [Fact]
    public void No_curves_is_an_error_that_says_so()
    {
        var e = Assert.Throws<FigureInputException>(() => RocFigure.Create(Array.Empty<(string, RocCurve)>()));
        Assert.Contains("no curves", e.Message);
    }
}

public class AucComparisonFigureTests
{
    [Fact]
    public void Each_cohort_is_a_bar_trace_of_the_models_aucs_with_their_intervals()
    {
        var asah = FigureJson.Asah();
        var options = new DiscriminationOptions(BootstrapReplicates: 0);
        var poor = asah.Outcome("poor");
        var male = asah.Column("male");
        DiscriminationSummary[] Cohort(bool men)
        {
            var rows = Enumerable.Range(0, poor.Length).Where(i => (male[i] == 1) == men).ToArray();
            return new[] { "s100b", "wfns" }.Select(n => Discrimination.Summarize(n, rows.Select(i => asah.Column(n)[i]).ToArray(), rows.Select(i => poor[i]).ToArray(), options)).ToArray();
        }
        var men = Cohort(true); var women = Cohort(false);
        var figure = FigureJson.Parse(AucComparisonFigure.Create([("Men", men), ("Women", women)]));
        foreach (var (name, models) in new[] { ("Men", men), ("Women", women) })
        {
            var bar = figure.Trace(name);
            Assert.Equal(["s100b", "wfns"], bar.Strings("x"));
            Assert.Equal(models.Select(m => m.DeLong.Auc), bar.Numbers("y"));
            Assert.Equal(models.Select(m => m.DeLong.Upper - m.DeLong.Auc), bar.GetProperty("error_y").Numbers("array"));
            Assert.Equal(models.Select(m => m.DeLong.Auc.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)), bar.Strings("text"));
        }
        Assert.Throws<FigureInputException>(() => AucComparisonFigure.Create([("Men", men)], useBootstrapInterval: true));
    }
}
