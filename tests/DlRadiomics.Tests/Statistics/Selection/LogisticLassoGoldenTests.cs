using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary>Logistic lasso against R <c>cv.glmnet(x, y, family = "binomial", foldid = …)</c> on the raw WDBC table.</summary>
public class LogisticLassoGoldenTests
{
    [Theory]
    [InlineData("deviance", CvMeasure.Deviance)]
    [InlineData("class", CvMeasure.MisclassificationError)]
    [InlineData("auc", CvMeasure.Auc)]
    [InlineData("n_less_than_p", CvMeasure.Deviance)]
    public void MatchesGlmnet(string caseName, CvMeasure measure)
    {
        var g = WdbcGolden.Json("glmnet_binomial.json").GetProperty(caseName);
        int rows = g.GetProperty("rows").GetInt32();
        var t = WdbcGolden.Raw;
        var cv = LogisticLasso.CrossValidate(t.X[..rows], t.Y[..rows], g.GetProperty("foldid").Ints(),
            new LogisticLassoOptions(Measure: measure), t.Names);

        var lambda = g.GetProperty("lambda").Vector();
        WdbcGolden.Close(lambda, cv.Path.Lambda, 1e-10, "lambda");
        WdbcGolden.Close(g.GetProperty("lambda_min").GetDouble(), cv.LambdaMin, 1e-10, "lambda.min");
        WdbcGolden.Close(g.GetProperty("lambda_1se").GetDouble(), cv.Lambda1Se, 1e-10, "lambda.1se");
        WdbcGolden.Close(g.GetProperty("dev_ratio").Vector(), cv.Path.DevianceRatio, 1e-4, "dev.ratio");
        var a0 = g.GetProperty("a0").Vector();
        var beta = g.GetProperty("beta").Matrix(); // [feature][lambda]
        for (int l = 0; l < lambda.Length; l++)
        {
            double scale = Math.Max(1, beta.Max(b => Math.Abs(b[l])));
            WdbcGolden.Close(a0[l] / scale, cv.Path.Intercepts[l] / scale, 1e-4, $"a0[{l}]");
            for (int j = 0; j < beta.Length; j++)
                WdbcGolden.Close(beta[j][l] / scale, cv.Path.Coefficients[l][j] / scale, 1e-4, $"beta[{j}][{l}]");
        }
        var cvm = g.GetProperty("cvm").Vector();
        var cvsd = g.GetProperty("cvsd").Vector();
        int first = measure == CvMeasure.Auc ? 10 : 0; // glmnet breaks tied predictions at random for AUC; near λ_max, with one or two features, ties are common
        WdbcGolden.Close(cvm[first..], cv.CvMean[first..], 1e-4, "cvm");
        WdbcGolden.Close(cvsd[first..], cv.CvStandardError[first..], 1e-4, "cvsd");
    }
}
