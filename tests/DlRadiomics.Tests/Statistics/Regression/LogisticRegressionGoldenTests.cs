using System.Text.Json;
using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Regression;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;

namespace DlRadiomics.Tests.Statistics.Regression;

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

    [Theory, MemberData(nameof(FirthModels))]
    public void FirthProfileIntervalsMatchDirectProfiling(string name)
    {
        // Reference: brentq on the profile penalised likelihood, each point maximised by BFGS (logistf's pl = TRUE method).
        var c = Case(Python, "firth", name);
        var model = FitCase(c, new LogisticRegressionOptions(Penalty: LogisticPenalty.Firth, ConfidenceInterval: ConfidenceIntervalMethod.ProfileLikelihood));
        foreach (var t in c.GetProperty("terms").EnumerateArray())
        {
            var k = model[t.GetProperty("term").GetString()!];
            Close(t.Number("profile_lower"), Math.Log(k.OddsRatioLower), relative: 2e-5, absolute: 1e-6, what: k.Term + " lower");
            Close(t.Number("profile_upper"), Math.Log(k.OddsRatioUpper), relative: 2e-5, absolute: 1e-6, what: k.Term + " upper");
        }
    }

    [Fact]
    public void ProfileIntervalsOfOrdinaryFitsAreLikelihoodRatioInversions()
    {
        // At each profile bound the likelihood-ratio statistic against the full fit equals z²(0.975) = 3.8415.
        var data = Data("infert.csv");
        var full = LogisticRegression.Fit(data, "case", ["age", "spontaneous"], options: new LogisticRegressionOptions(ConfidenceInterval: ConfidenceIntervalMethod.ProfileLikelihood));
        var k = full["spontaneous"];
        var x = DesignMatrix.Build(data, "case", ["age", "spontaneous"]);
        foreach (double bound in new[] { Math.Log(k.OddsRatioLower), Math.Log(k.OddsRatioUpper) })
        {
            var profile = ProfileLogLikelihood(x, 1, bound);
            Close(3.841458820694124, 2 * (full.LogLikelihood - profile), relative: 1e-6, what: "LR at bound");
        }
        Assert.True(Math.Log(k.OddsRatioLower) < k.Estimate && k.Estimate < Math.Log(k.OddsRatioUpper));
    }

    /// <summary>max over (β₀, β_others) of ℓ with column <paramref name="fixedColumn"/>'s coefficient held at <paramref name="value"/>, by a brute 2-D Newton.</summary>
    private static double ProfileLogLikelihood(DesignMatrix x, int fixedColumn, double value)
    {
        int n = x.Y.Length;
        double b0 = 0, b1 = 0;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (int i = 0; i < n; i++)
            {
                double other = x.X[i, 1 - fixedColumn];
                double p = Logistic.Sigmoid(b0 + b1 * other + value * x.X[i, fixedColumn]), w = p * (1 - p);
                g0 += x.Y[i] - p; g1 += (x.Y[i] - p) * other;
                h00 += w; h01 += w * other; h11 += w * other * other;
            }
            double det = h00 * h11 - h01 * h01;
            b0 += (h11 * g0 - h01 * g1) / det;
            b1 += (h00 * g1 - h01 * g0) / det;
        }
        double ll = 0;
        for (int i = 0; i < n; i++)
        {
            double p = Logistic.Sigmoid(b0 + b1 * x.X[i, 1 - fixedColumn] + value * x.X[i, fixedColumn]);
            ll += x.Y[i] == 1 ? Math.Log(p) : Math.Log(1 - p);
        }
        return ll;
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
