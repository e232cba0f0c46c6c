using DlRadiomics.Statistics.Selection;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// The two LASSO panels of the papers, as glmnet's <c>plot(fit, xvar = "lambda")</c> and <c>plot(cv.fit)</c> draw
/// them: each feature's coefficient along log(λ), and the cross-validated loss with ±1 SE bars, both with dotted
/// vertical lines at λ.min and λ.1se (or at scikit-learn's chosen α).
/// </summary>
/// <remarks>The x axis is the natural logarithm of λ (α in scikit-learn), as in glmnet; features that stay at zero along the whole path are left out.</remarks>
public static class LassoFigure
{
    /// <summary>Coefficient paths of a cross-validated logistic lasso with λ.min and λ.1se marked.</summary>
    public static GenericChart CoefficientPath(LogisticLassoCvModel model, string? title = null, FigureStyle? style = null) =>
        DrawPath(model.Path.FeatureNames, model.Path.Lambda, model.Path.Coefficients,
            [("λ.min", model.LambdaMin), ("λ.1se", model.Lambda1Se)], "log(λ)", "Coefficient", title, style);

    /// <summary>Coefficient paths of a scikit-learn-style linear lasso with the chosen α marked.</summary>
    public static GenericChart CoefficientPath(LassoCvModel model, string? title = null, FigureStyle? style = null) =>
        DrawPath(model.FeatureNames, model.Alphas, model.PathCoefficients, [("chosen α", model.Alpha)], "log(α)", "Coefficient", title, style);

    /// <summary>Mean cross-validated loss ± 1 SE along log(λ) of a logistic lasso, λ.min and λ.1se marked.</summary>
    public static GenericChart CrossValidation(LogisticLassoCvModel model, string? title = null, FigureStyle? style = null) =>
        DrawCv(model.Path.Lambda, model.CvMean, model.CvStandardError, [("λ.min", model.LambdaMin), ("λ.1se", model.Lambda1Se)], "log(λ)",
            model.Measure switch
            {
                CvMeasure.Deviance => "Binomial deviance",
                CvMeasure.MisclassificationError => "Misclassification error",
                _ => "AUC",
            }, title, style);

    /// <summary>Mean cross-validated squared error ± 1 SE along log(α) of a linear lasso, the chosen α marked.</summary>
    public static GenericChart CrossValidation(LassoCvModel model, string? title = null, FigureStyle? style = null) =>
        DrawCv(model.Alphas, model.MseMean, model.MseStandardError, [("chosen α", model.Alpha)], "log(α)", "Mean squared error", title, style);

    private static GenericChart DrawPath(IReadOnlyList<string> names, double[] lambda, double[][] coefficients, (string Name, double Lambda)[] marks,
        string xTitle, string yTitle, string? title, FigureStyle? style)
    {
        Check(lambda, coefficients.Length, "coefficient path");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        var x = lambda.Select(l => Math.Log(l)).ToArray();
        int drawn = 0;
        for (int j = 0; j < names.Count; j++)
        {
            var y = coefficients.Select(c => c[j]).ToArray();
            if (y.All(v => v == 0)) continue;
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["name"] = names[j], ["mode"] = "lines", ["x"] = x, ["y"] = y,
                ["line"] = FigureCanvas.Stroke(canvas.Style.Colour(drawn++), 1.5), ["hovertemplate"] = names[j] + ": %{y:.4f} at log λ %{x:.3f}<extra></extra>",
            });
        }
        if (drawn == 0) throw new FigureInputException("LASSO coefficient path: every coefficient is zero along the whole path; nothing to draw");
        Mark(canvas, marks);
        canvas.Layout("xaxis", FigureCanvas.Axis(xTitle));
        canvas.Layout("yaxis", FigureCanvas.Axis(yTitle, zeroLine: true));
        canvas.Layout("showlegend", drawn <= 15);
        return canvas.ToChart(title);
    }

    private static GenericChart DrawCv(double[] lambda, double[] mean, double[] standardError, (string Name, double Lambda)[] marks,
        string xTitle, string yTitle, string? title, FigureStyle? style)
    {
        Check(lambda, mean.Length, "cross-validation curve");
        if (standardError.Length != lambda.Length)
            throw new FigureInputException($"LASSO cross-validation curve: {lambda.Length} λ values but {standardError.Length} standard errors");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        canvas.Trace("scatter", new Dictionary<string, object>
        {
            ["name"] = yTitle, ["showlegend"] = false, ["mode"] = "markers", ["x"] = lambda.Select(l => Math.Log(l)).ToArray(), ["y"] = mean,
            ["marker"] = new Dictionary<string, object> { ["color"] = canvas.Style.Colour(1), ["size"] = 6 },
            ["error_y"] = new Dictionary<string, object>
            {
                ["type"] = "data", ["array"] = standardError, ["color"] = canvas.Style.ReferenceColour, ["thickness"] = 1, ["width"] = 2,
            },
            ["hovertemplate"] = "log λ %{x:.3f}: %{y:.4f}<extra></extra>",
        });
        Mark(canvas, marks);
        canvas.Layout("xaxis", FigureCanvas.Axis(xTitle));
        canvas.Layout("yaxis", FigureCanvas.Axis(yTitle));
        return canvas.ToChart(title);
    }

    private static void Mark(FigureCanvas canvas, (string Name, double Lambda)[] marks)
    {
        for (int i = 0; i < marks.Length; i++)
        {
            var (name, value) = marks[i];
            double x = Math.Log(value);
            canvas.Line(x, 0, x, 1, "#000000", "dot", yref: "paper");
            // Stacked so that two close λ values keep their labels apart.
            canvas.Caption($"{name} = {value.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)}", x, 0.99 - 0.05 * i);
        }
    }

    private static void Check(double[] lambda, int rows, string what)
    {
        if (lambda.Length == 0) throw new FigureInputException($"LASSO {what}: the path has no λ values");
        if (rows != lambda.Length) throw new FigureInputException($"LASSO {what}: {lambda.Length} λ values but {rows} rows of results");
        foreach (double l in lambda)
            if (!(l > 0)) throw new FigureInputException($"LASSO {what}: λ = {l} has no logarithm; every λ must be positive");
    }
}
