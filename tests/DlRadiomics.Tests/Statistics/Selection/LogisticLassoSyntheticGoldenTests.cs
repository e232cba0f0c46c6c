using System.Text.Json;
using DlRadiomics.Statistics.Selection;
using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Tests.Statistics.Selection;

/// <summary>
/// Logistic lasso paths against R <c>glmnet(family = "binomial", thresh = 1e-14)</c> on two seeded tables rebuilt here
/// with <see cref="NumpyRandomState"/> (recipe in Golden/Statistics/C/make_golden_glmnet_synthetic.py): independent
/// features, and features sharing one strong factor, where coordinate descent alone crawls.
/// </summary>
public class LogisticLassoSyntheticGoldenTests
{
    [Theory]
    [InlineData("independent")]
    [InlineData("shared_factor")]
    public void PathMatchesGlmnet(string caseName)
    {
        var root = WdbcGolden.Json("glmnet_synthetic.json");
        var g = root.GetProperty(caseName);
        var (x, y) = Table(g.GetProperty("seed").GetUInt32(), g.GetProperty("rows").GetInt32(),
            g.GetProperty("features").GetInt32(), g.GetProperty("r").GetDouble(), root.GetProperty("weights").Vector());

        var path = LogisticLasso.Path(x, y);

        var lambda = g.GetProperty("lambda").Vector();
        WdbcGolden.Close(lambda, path.Lambda, 1e-10, "lambda");
        WdbcGolden.Close(g.GetProperty("dev_ratio").Vector(), path.DevianceRatio, 1e-6, "dev.ratio");
        Assert.Equal(0, path.Unconverged);
        var a0 = g.GetProperty("a0").Vector();
        var beta = g.GetProperty("beta").Matrix(); // [feature][lambda]
        for (int l = 0; l < lambda.Length; l++)
        {
            double scale = Math.Max(1, beta.Max(b => Math.Abs(b[l])));
            WdbcGolden.Close(a0[l] / scale, path.Intercepts[l] / scale, 1e-5, $"a0[{l}]");
            for (int j = 0; j < beta.Length; j++)
                WdbcGolden.Close(beta[j][l] / scale, path.Coefficients[l][j] / scale, 1e-5, $"beta[{j}][{l}]");
        }
    }

    [Fact]
    public void CrossValidationGivesTheSameNumbersOnOneThreadAndOnMany()
    {
        var root = WdbcGolden.Json("glmnet_synthetic.json");
        var g = root.GetProperty("shared_factor");
        var (x, y) = Table(g.GetProperty("seed").GetUInt32(), g.GetProperty("rows").GetInt32(),
            g.GetProperty("features").GetInt32(), g.GetProperty("r").GetDouble(), root.GetProperty("weights").Vector());
        var folds = LogisticLasso.RandomFoldIds(x.Length, 5, 7);

        var one = LogisticLasso.CrossValidate(x, y, folds, new LogisticLassoOptions(MaxDegreeOfParallelism: 1));
        var many = LogisticLasso.CrossValidate(x, y, folds, new LogisticLassoOptions(MaxDegreeOfParallelism: 4));

        Assert.Equal(one.CvMean, many.CvMean);
        Assert.Equal(one.CvStandardError, many.CvStandardError);
        Assert.Equal(one.LambdaMin, many.LambdaMin);
        Assert.Throws<ModelInputException>(() => LogisticLasso.CrossValidate(x, y, folds, new LogisticLassoOptions(MaxDegreeOfParallelism: 0)));
    }

    private static (double[][] X, int[] Y) Table(uint seed, int rows, int features, double r, double[] weights)
    {
        var random = new NumpyRandomState(seed);
        var x = new double[rows][];
        for (int i = 0; i < rows; i++)
        {
            double f = random.NextGaussian();
            x[i] = new double[features];
            for (int j = 0; j < features; j++) x[i][j] = r * f + Math.Sqrt(1 - r * r) * random.NextGaussian();
        }
        var y = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            double e = random.NextGaussian();
            double eta = 0;
            for (int j = 0; j < weights.Length; j++) eta += weights[j] * x[i][j];
            y[i] = eta + e > 0 ? 1 : 0;
        }
        return (x, y);
    }
}
