using DlRadiomics.Statistics.Regression;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// Bar chart of feature weights (the papers' LASSO coefficient bar chart): one horizontal bar per feature, sorted so
/// the largest positive weight is on top and the most negative at the bottom; positive and negative weights in two colours.
/// </summary>
public static class FeatureWeightFigure
{
    /// <exception cref="FigureInputException">No weight, or a weight that is not finite.</exception>
    public static GenericChart Create(IEnumerable<(string Feature, double Weight)> weights, string? title = null, string axisTitle = "Coefficient", FigureStyle? style = null)
    {
        var list = weights.ToArray();
        if (list.Length == 0) throw new FigureInputException("feature weight figure: no features given");
        foreach (var (feature, weight) in list)
            if (!double.IsFinite(weight)) throw new FigureInputException($"feature weight figure: '{feature}' has weight {weight}; every weight must be finite");
        // Ascending, because plotly draws the first category at the bottom.
        var sorted = list.OrderBy(w => w.Weight).ToArray();
        style ??= FigureStyle.Default;
        var canvas = new FigureCanvas(style with { Height = Math.Max(style.Height, 28 * list.Length + 120) });
        canvas.Trace("bar", new Dictionary<string, object>
        {
            ["name"] = axisTitle, ["showlegend"] = false, ["orientation"] = "h",
            ["x"] = sorted.Select(w => w.Weight).ToArray(), ["y"] = sorted.Select(w => w.Feature).ToArray(),
            ["marker"] = new Dictionary<string, object> { ["color"] = sorted.Select(w => w.Weight >= 0 ? canvas.Style.Colour(1) : canvas.Style.Colour(0)).ToArray() },
            ["hovertemplate"] = "%{y}: %{x:.4f}<extra></extra>",
        });
        var x = FigureCanvas.Axis(axisTitle, zeroLine: true);
        x["zerolinecolor"] = "#444444";
        canvas.Layout("xaxis", x);
        var y = FigureCanvas.Axis("");
        y["automargin"] = true; y["ticks"] = ""; y["showline"] = false;
        canvas.Layout("yaxis", y);
        return canvas.ToChart(title);
    }

    /// <summary>The coefficients of a fitted logistic model (intercept left out).</summary>
    public static GenericChart Create(LogisticRegressionModel model, string? title = null, FigureStyle? style = null) =>
        Create(model.Coefficients.Where(c => c.Term != "(Intercept)").Select(c => (c.Term, c.Estimate)), title, "Coefficient (log odds ratio)", style);
}
