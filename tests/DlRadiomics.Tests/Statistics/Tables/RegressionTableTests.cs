using System.Text.Json;
using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Tables;

/// <summary>Univariate screening and the Table 3 layout, checked against the statsmodels univariate and multivariable fits.</summary>
public class RegressionTableTests
{
    private static readonly string[] Predictors = ["mean_radius", "mean_texture", "mean_smoothness", "mean_concave_points", "mean_area", "worst_concavity"];

    [Fact]
    public void UnivariateRowsMatchStatsmodelsSingleTermFits()
    {
        var table = LogisticScreening.Run(Data("wdbc.csv"), "target", Predictors, new LogisticScreeningOptions(Multivariable: false)).Table;
        Assert.Null(table.MultivariableModel);
        foreach (var p in Predictors)
        {
            var golden = Case(Python, "logit", $"wdbc_univariate_{p}").GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("term").GetString() == p);
            var row = table.Rows.Single(r => r.Term == p);
            Close(golden.Number("or"), row.Univariate.OddsRatio, what: p + " OR");
            Close(golden.Number("or_lower"), row.Univariate.OddsRatioLower, what: p + " lower");
            Close(golden.Number("p"), row.Univariate.PValue, what: p + " p");
            Assert.Equal(569, row.UnivariateObservations);
        }
    }

    [Fact]
    public void MultivariableModelUsesExplicitPredictorsAndMatchesStatsmodels()
    {
        string[] multi = ["mean_radius", "mean_texture", "mean_smoothness"];
        var table = LogisticScreening.Run(Data("wdbc.csv"), "target", Predictors, new LogisticScreeningOptions(MultivariablePredictors: multi)).Table;
        Assert.Equal(multi, table.MultivariablePredictors);
        var golden = Case(Python, "logit", "wdbc").GetProperty("terms");
        foreach (var t in golden.EnumerateArray().Skip(1))
            Close(t.Number("or_upper"), table.Rows.Single(r => r.Term == t.GetProperty("term").GetString()).Multivariable!.OddsRatioUpper);
        Assert.Null(table.Rows.Single(r => r.Term == "mean_area").Multivariable);
    }

    [Fact]
    public void CsvFollowsTable3Layout()
    {
        var table = LogisticScreening.Run(Data("infert.csv"), "case", ["age", "education", "spontaneous", "induced"]).Table;
        var lines = table.ToCsv().TrimEnd('\n').Split('\n');
        Assert.Equal("variable,univariate_OR_95CI,univariate_p,multivariate_OR_95CI,multivariate_p", lines[0]);
        Assert.Equal(["spontaneous"], table.MultivariablePredictors);
        var spontaneous = lines.Single(l => l.StartsWith("spontaneous,")).Split(',');
        var k = table.Rows.Single(r => r.Term == "spontaneous").Univariate;
        Assert.Equal(RegressionTable.FormatOddsRatio(k), spontaneous[1]);
        Assert.Matches(@"^\d+\.\d{3}\(\d+\.\d{3}–\d+\.\d{3}\)$", spontaneous[1]);
        Assert.Equal("<0.001", spontaneous[2]);
        Assert.Contains(lines, l => l.StartsWith("education[12+ yrs],"));
        var longCsv = table.ToLongCsv().Split('\n');
        Assert.Equal(string.Join(',', RegressionTable.LongColumns), longCsv[0]);
        Assert.Contains(longCsv, l => l.StartsWith("multivariable,spontaneous,spontaneous,"));
    }

    [Fact]
    public void SeparatedPredictorIsFlaggedNotFatalInTheScreen()
    {
        var table = LogisticScreening.Run(Data("mtcars.csv"), "vs", ["mpg", "cyl"], new LogisticScreeningOptions(new DesignOptions(Factors: ["cyl"]), Multivariable: false)).Table;
        var cyl8 = table.Rows.Single(r => r.Term == "cyl[8]");
        Assert.Contains("separated", cyl8.UnivariateWarning);
        Assert.Contains("[separation or no convergence]", table.ToCsv());
        Assert.Null(table.Rows.Single(r => r.Term == "mpg").UnivariateWarning);
    }
}
