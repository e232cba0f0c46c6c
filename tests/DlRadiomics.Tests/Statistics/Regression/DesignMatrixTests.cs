using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics;

using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Regression;

public class DesignMatrixTests
{
    [Fact]
    public void ReferenceLevelCanBeChosenAndNamesSayTheLevel()
    {
        var data = Data("infert.csv");
        var byDefault = LogisticRegression.Fit(data, "case", ["education"]);
        Assert.Equal(["(Intercept)", "education[12+ yrs]", "education[6-11yrs]"], byDefault.Coefficients.Select(c => c.Term));
        var chosen = LogisticRegression.Fit(data, "case", ["education"], new DesignOptions(ReferenceLevels: new Dictionary<string, string> { ["education"] = "6-11yrs" }));
        Assert.Equal(["(Intercept)", "education[0-5yrs]", "education[12+ yrs]"], chosen.Coefficients.Select(c => c.Term));
        // same model, re-parameterised: the 12+ vs 6-11 contrast is the difference of the default coefficients
        Close(byDefault["education[12+ yrs]"].Estimate - byDefault["education[6-11yrs]"].Estimate, chosen["education[12+ yrs]"].Estimate, relative: 1e-8);
        Close(byDefault.LogLikelihood, chosen.LogLikelihood, relative: 1e-12);
        Assert.Contains("'none' is not a level", Assert.Throws<StatisticsInputException>(() =>
            LogisticRegression.Fit(data, "case", ["education"], new DesignOptions(ReferenceLevels: new Dictionary<string, string> { ["education"] = "none" }))).Message);
    }

    [Fact]
    public void NumericFactorsAreDummyCodedInNumericOrder()
    {
        var design = DesignMatrix.Build(Data("mtcars.csv"), "am", ["cyl", "wt"], new DesignOptions(Factors: ["cyl"]));
        Assert.Equal(["cyl[6]", "cyl[8]", "wt"], design.ColumnNames);
        Assert.Equal(32, design.Y.Length);
        Assert.Equal("1", design.PositiveOutcome);
    }

    [Fact]
    public void TextOutcomeUsesTheSecondLevelOrTheNamedOne()
    {
        var df = new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.StringDataFrameColumn("status", ["alive", "dead", "dead", "alive", "alive", "dead"]),
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("x", [1.0, 2, 3, 1.5, 2.5, 2.2]));
        Assert.Equal([0.0, 1, 1, 0, 0, 1], DesignMatrix.Build(df, "status", ["x"]).Y);
        Assert.Equal([1.0, 0, 0, 1, 1, 0], DesignMatrix.Build(df, "status", ["x"], new DesignOptions(PositiveOutcome: "alive")).Y);
    }

    [Fact]
    public void UnseenLevelWhenScoringIsNamed()
    {
        var data = Data("infert.csv");
        var model = LogisticRegression.Fit(data, "case", ["education"]);
        var other = new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.StringDataFrameColumn("education", ["postgraduate"]));
        Assert.Contains("level 'postgraduate' was not seen", Assert.Throws<StatisticsInputException>(() => model.PredictProbability(other)).Message);
    }
}
