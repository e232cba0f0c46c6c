using DlRadiomics.Figures;
using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Tests.Figures;

public class LassoFigureTests
{
    internal static LogisticLassoCvModel Fit()
    {
        var wdbc = FigureSamples.Wdbc();
        string[] names = ["mean_radius", "mean_texture", "mean_smoothness", "mean_concave_points", "mean_area", "worst_concavity"];
        var x = Enumerable.Range(0, (int)wdbc.Rows.Count).Select(r => names.Select(n => Convert.ToDouble(wdbc[n][r])).ToArray()).ToArray();
        var y = wdbc.Outcome("target");
        return LogisticLasso.CrossValidate(x, y, LogisticLasso.RandomFoldIds(x.Length, 5, 1), new LogisticLassoOptions(Lambdas: 40, Tolerance: 1e-10), names);
    }

    [Fact]
    public void The_path_plots_each_nonzero_coefficient_against_log_lambda_with_both_choices_marked()
    {
        var cv = Fit();
        var figure = FigureJson.Parse(LassoFigure.CoefficientPath(cv));
        var logLambda = cv.Path.Lambda.Select(l => Math.Log(l)).ToArray();
        var drawn = Enumerable.Range(0, cv.Path.FeatureNames.Length).Where(j => cv.Path.Coefficients.Any(c => c[j] != 0)).ToArray();
        Assert.Equal(drawn.Length, figure.Traces().Length);
        foreach (int j in drawn)
        {
            var trace = figure.Trace(cv.Path.FeatureNames[j]);
            Assert.Equal(logLambda, trace.Numbers("x"));
            Assert.Equal(cv.Path.Coefficients.Select(c => c[j]), trace.Numbers("y"));
        }
        Assert.Equal([Math.Log(cv.LambdaMin), Math.Log(cv.Lambda1Se)], figure.Shapes().Select(s => s.GetProperty("x0").GetDouble()));
    }

    [Fact]
    public void The_cross_validation_curve_has_the_mean_loss_with_standard_error_bars()
    {
        var cv = Fit();
        var figure = FigureJson.Parse(LassoFigure.CrossValidation(cv));
        var trace = Assert.Single(figure.Traces());
        Assert.Equal(cv.Path.Lambda.Select(l => Math.Log(l)), trace.Numbers("x"));
        Assert.Equal(cv.CvMean, trace.Numbers("y"));
        Assert.Equal(cv.CvStandardError, trace.GetProperty("error_y").Numbers("array"));
        Assert.Equal("Binomial deviance", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(2, figure.Shapes().Length);
    }
}
