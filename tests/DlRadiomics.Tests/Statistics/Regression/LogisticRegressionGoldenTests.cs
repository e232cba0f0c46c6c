using System.Text.Json;
using DlRadiomics.Statistics;
using static DlRadiomics.Tests.Statistics.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics;

/// <summary>Logistic regression against statsmodels Logit (Newton) and R glm/lrm; Firth against a direct maximisation of the penalised likelihood.</summary>
public class LogisticRegressionGoldenTests
{
    public static IEnumerable<object[]> Models => Cases(Python, "logit");
    public static IEnumerable<object[]> FirthModels => Cases(Python, "firth");

    private static LogisticRegressionModel FitCase(JsonElement c, LogisticRegressionOptions? options = null) =>
        LogisticRegression.Fit(Data(c.GetProperty("data").GetString()!), c.GetProperty("outcome").GetString()!,
            c.GetProperty("predictors").EnumerateArray().Select(p => p.GetString()!).ToArray(),
            new DesignOptions(Factors: c.GetProperty("factors").EnumerateArray().Select(f => f.GetString()!).ToArray()), options);

    [Theory, MemberData(nameof(Models))]
    public void MatchesStatsmodelsLogit(string name)
    {
        var c = Case(Python, "logit", name);
        var model = FitCase(c);
        Assert.True(model.Converged);
        var terms = c.GetProperty("terms").EnumerateArray().ToArray();
        Assert.Equal(terms.Select(t => t.GetProperty("term").GetString()), model.Coefficients.Select(k => k.Term));
        foreach (var t in terms)
        {
            var k = model[t.GetProperty("term").GetString()!];
            Close(t.Number("coef"), k.Estimate, what: k.Term + " β");
            Close(t.Number("se"), k.StandardError, what: k.Term + " SE");
            Close(t.Number("z"), k.Z, what: k.Term + " z");
            Close(t.Number("p"), k.PValue, what: k.Term + " p");
            Close(t.Number("or"), k.OddsRatio, what: k.Term + " OR");
            Close(t.Number("or_lower"), k.OddsRatioLower, what: k.Term + " OR lower");
            Close(t.Number("or_upper"), k.OddsRatioUpper, what: k.Term + " OR upper");
        }
        Close(c.Number("llf"), model.LogLikelihood, what: "log-likelihood");
        Close(c.Number("llnull"), model.NullLogLikelihood, what: "null log-likelihood");
        Close(c.Number("aic"), model.Aic, what: "AIC");
        Assert.Equal(c.GetProperty("nobs").GetInt32(), model.Observations);
    }

    [Theory, MemberData(nameof(FirthModels))]
    public void FirthMatchesPenalisedLikelihoodOptimum(string name)
    {
        // The reference is a BFGS maximisation of l(β) + ½log|I(β)| (gradient < 1e-6), so agreement is to ~1e-5.
        var c = Case(Python, "firth", name);
        var model = FitCase(c, new LogisticRegressionOptions(Penalty: LogisticPenalty.Firth));
        Assert.True(model.Converged);
        foreach (var t in c.GetProperty("terms").EnumerateArray())
        {
            var k = model[t.GetProperty("term").GetString()!];
            Close(t.Number("coef"), k.Estimate, relative: 2e-5, absolute: 1e-7, what: k.Term + " β");
            Close(t.Number("se"), k.StandardError, relative: 2e-5, what: k.Term + " SE");
        }
        Close(c.Number("penalized_llf"), model.PenalizedLogLikelihood, relative: 1e-9, what: "penalised log-likelihood");
    }

    [Fact]
    public void FactorCodingMatchesRGlmAndLrm()
    {
        var glm = R.GetProperty("nomogram").GetProperty("glm_check");
        var model = LogisticRegression.Fit(Data("infert.csv"), "case", ["age", "parity", "education", "spontaneous", "induced"]);
        Close(glm.Number("(Intercept)"), model["(Intercept)"].Estimate, relative: 1e-7);
        Close(glm.Number("education12+ yrs"), model["education[12+ yrs]"].Estimate, relative: 1e-7);
        Close(glm.Number("education6-11yrs"), model["education[6-11yrs]"].Estimate, relative: 1e-7);
        Close(glm.Number("spontaneous"), model["spontaneous"].Estimate, relative: 1e-7);
    }

    [Fact]
    public void PredictProbabilityOnDataFrameUsesFittedCoding()
    {
        var data = Data("infert.csv");
        var model = LogisticRegression.Fit(data, "case", ["age", "education"]);
        var p = model.PredictProbability(data);
        var design = DesignMatrix.Build(data, "case", ["age", "education"]);
        var expected = model.PredictProbability(design.X);
        Assert.Equal(expected, p);
        Assert.All(p, v => Assert.InRange(v, 0, 1));
    }
}
