using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Statistics;
using Microsoft.Data.Analysis;
using DlRadiomics.Tests.Statistics.HypothesisTests;

namespace DlRadiomics.Tests.Statistics.Regression;

/// <summary>Every degenerate input gives a typed error that names the problem, never a NaN coefficient.</summary>
public class LogisticRegressionBadInputTests
{
    private static DataFrame Frame(params (string Name, double?[] Values)[] columns) =>
        new(columns.Select(c => (DataFrameColumn)new DoubleDataFrameColumn(c.Name, c.Values)));

    [Fact]
    public void NaNInArraysIsRejectedWithRowAndColumn()
    {
        var x = new double[,] { { 1 }, { double.NaN }, { 3 }, { 4 } };
        var e = Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(x, [0, 1, 0, 1], ["dose"]));
        Assert.Contains("'dose' row 2", e.Message);
    }

    [Fact]
    public void MissingValuesAreDroppedListwiseAndCounted()
    {
        var df = Frame(("y", [0, 1, 0, 1, 0, 1, null, 1]), ("x", [1.0, 2.5, 2.0, 4.0, 3.0, 3.5, 1.0, null]));
        var model = LogisticRegression.Fit(df, "y", ["x"]);
        Assert.Equal(6, model.Observations);
        Assert.Equal(2, model.RowsDropped);
        var strict = new DesignOptions(Missing: MissingValuePolicy.Error);
        Assert.Contains("row 7", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(df, "y", ["x"], strict)).Message);
    }

    [Fact]
    public void ConstantColumnIsNamed()
    {
        var df = Frame(("y", [0, 1, 0, 1, 1]), ("x", [1.0, 2, 3, 4, 5]), ("c", [7.0, 7, 7, 7, 7]));
        Assert.Contains("'c' is constant", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(df, "y", ["x", "c"])).Message);
    }

    [Fact]
    public void CollinearColumnIsNamed()
    {
        var df = Frame(("y", [0, 1, 0, 1, 1, 0]), ("x", [1.0, 2, 3, 4, 5, 3]), ("x2", [2.0, 4, 6, 8, 10, 6]));
        Assert.Contains("'x2'", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(df, "y", ["x", "x2"])).Message);
    }

    [Fact]
    public void SingleClassOutcomeIsRejected()
    {
        var df = Frame(("y", [1, 1, 1, 1]), ("x", [1.0, 2, 3, 4]));
        Assert.Contains("single class", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(df, "y", ["x"])).Message);
    }

    [Fact]
    public void FewerObservationsThanParametersIsRejected()
    {
        var x = new double[,] { { 1, 2, 3 }, { 2, 1, 0 }, { 3, 3, 1 } };
        Assert.Contains("3 observations for 4 parameters", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(x, [0, 1, 0], ["a", "b", "c"])).Message);
    }

    [Fact]
    public void PerfectSeparationThrowsAndSuggestsFirth()
    {
        var x = new double[,] { { 1 }, { 2 }, { 3 }, { 4 }, { 5 }, { 6 } };
        int[] y = [0, 0, 0, 1, 1, 1];
        var e = Assert.Throws<LogisticFitException>(() => LogisticRegression.Fit(x, y, ["score"]));
        Assert.Equal(LogisticFitProblem.Separation, e.Problem);
        Assert.Contains("Firth", e.Message);

        var warned = LogisticRegression.Fit(x, y, ["score"], new LogisticRegressionOptions(OnProblem: FitProblemHandling.Warn));
        Assert.Equal(LogisticFitProblem.Separation, Assert.Single(warned.Warnings).Problem);

        var firth = LogisticRegression.Fit(x, y, ["score"], new LogisticRegressionOptions(Penalty: LogisticPenalty.Firth));
        Assert.True(firth.Converged);
        Assert.All(firth.Coefficients, k => Assert.True(double.IsFinite(k.Estimate) && double.IsFinite(k.StandardError)));
    }

    [Fact]
    public void QuasiSeparationByFactorLevelIsDetected()
    {
        var mtcars = StatisticsGolden.Data("mtcars.csv");
        var e = Assert.Throws<LogisticFitException>(() => LogisticRegression.Fit(mtcars, "vs", ["mpg", "cyl"], new DesignOptions(Factors: ["cyl"])));
        Assert.Equal(LogisticFitProblem.Separation, e.Problem);
        Assert.Contains("cyl[8]", e.Message);
    }

    [Fact]
    public void NonBinaryOutcomeAndUnknownColumnsAreNamed()
    {
        var df = Frame(("y", [0, 1, 2, 1]), ("x", [1.0, 2, 3, 4]));
        Assert.Contains("3 classes", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(df, "y", ["x"])).Message);
        Assert.Contains("'z' is not in the data", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(df, "y", ["z"])).Message);
    }
}
