using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary>With glmnet's default threshold (1e-7) its answers stop short of the optimum; λ and the choice agree.</summary>
public class LogisticLassoDefaultThresholdTests
{
    [Fact]
    public void ChoosesTheSameLambdasAsGlmnetDefaults()
    {
        var g = WdbcGolden.Json("glmnet_binomial.json").GetProperty("deviance_default_thresh");
        var t = WdbcGolden.Raw;
        var cv = LogisticLasso.CrossValidate(t.X, t.Y, g.GetProperty("foldid").Ints(), new LogisticLassoOptions(), t.Names);
        WdbcGolden.Close(g.GetProperty("lambda").Vector(), cv.Path.Lambda, 1e-10, "lambda");
        Assert.Equal(g.GetProperty("lambda_min").GetDouble(), cv.LambdaMin, 10);
        Assert.Equal(g.GetProperty("lambda_1se").GetDouble(), cv.Lambda1Se, 10);
        var expected = g.GetProperty("coef_1se").Vector();
        var actual = new[] { cv.Path.Intercepts[cv.Index1Se] }.Concat(cv.Path.Coefficients[cv.Index1Se]).ToArray();
        double scale = expected.Max(Math.Abs);
        for (int j = 0; j < expected.Length; j++) // glmnet's early stop leaves about 1e-3 of the largest coefficient
            Assert.True(Math.Abs(expected[j] - actual[j]) <= 5e-3 * scale, $"coef {j}: glmnet {expected[j]}, exact {actual[j]}");
    }
}
