using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>Which fit of a <see cref="RegressionTable"/> to draw.</summary>
public enum RegressionModelKind
{
    Univariate,
    Multivariable,
}

/// <summary>
/// Forest plot of odds ratios with their confidence intervals (Table 3 drawn): one row per term, top to bottom in
/// table order, on a log axis with the no-effect line OR = 1; the row labels carry "OR (lower–upper)".
/// </summary>
public static class ForestPlot
{
    /// <summary>The univariate or multivariable odds ratios of a Table 3.</summary>
    /// <exception cref="FigureInputException">The multivariable model was asked for but the table has none.</exception>
    public static GenericChart Create(RegressionTable table, RegressionModelKind model = RegressionModelKind.Multivariable, string? title = null, FigureStyle? style = null)
    {
        var coefficients = model == RegressionModelKind.Univariate
            ? table.Rows.Select(r => r.Univariate)
            : (table.MultivariableModel ?? throw new FigureInputException("forest plot: the table has no multivariable model (no predictor entered); draw the univariate odds ratios instead")).Coefficients;
        return Create(coefficients, title, style);
    }

    /// <summary>Odds ratios of model terms; the intercept is left out.</summary>
    /// <exception cref="FigureInputException">No term besides the intercept, or a non-positive or non-finite odds ratio bound.</exception>
    public static GenericChart Create(IEnumerable<LogisticCoefficient> coefficients, string? title = null, FigureStyle? style = null)
    {
        var terms = coefficients.Where(c => c.Term != "(Intercept)").ToArray();
        if (terms.Length == 0) throw new FigureInputException("forest plot: no terms to draw (only an intercept or nothing was given)");
        foreach (var t in terms)
            if (!(t.OddsRatioLower > 0) || !double.IsFinite(t.OddsRatioUpper) || !double.IsFinite(t.OddsRatio))
                throw new FigureInputException($"forest plot: term '{t.Term}' has OR {t.OddsRatio} ({t.OddsRatioLower}–{t.OddsRatioUpper}), which a log axis cannot show; the fit probably separated the outcome");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        var labels = terms.Select(t => $"{t.Term}  {RegressionTable.FormatOddsRatio(t)}").ToArray();
        var y = Enumerable.Range(0, terms.Length).Select(i => (double)(terms.Length - 1 - i)).ToArray();
        canvas.Line(1, -0.5, 1, terms.Length - 0.5, canvas.Style.ReferenceColour);
        canvas.Trace("scatter", new Dictionary<string, object>
        {
            ["name"] = "Odds ratio", ["showlegend"] = false, ["mode"] = "markers",
            ["x"] = terms.Select(t => t.OddsRatio).ToArray(), ["y"] = y, ["text"] = terms.Select(t => t.Term).ToArray(),
            ["marker"] = new Dictionary<string, object> { ["symbol"] = "square", ["size"] = 9, ["color"] = canvas.Style.Colour(0) },
            ["error_x"] = new Dictionary<string, object>
            {
                ["type"] = "data", ["symmetric"] = false, ["color"] = canvas.Style.Colour(0), ["thickness"] = 1.5, ["width"] = 4,
                ["array"] = terms.Select(t => t.OddsRatioUpper - t.OddsRatio).ToArray(),
                ["arrayminus"] = terms.Select(t => t.OddsRatio - t.OddsRatioLower).ToArray(),
            },
            ["customdata"] = terms.Select(t => TableText.PValue(t.PValue)).ToArray(),
            ["hovertemplate"] = "%{text}: OR %{x:.3f}, p %{customdata}<extra></extra>",
        });
        var x = FigureCanvas.Axis("Odds ratio (95% CI, log scale)", type: "log");
        var ticks = LogTicks(terms.Min(t => Math.Min(t.OddsRatioLower, 1)), terms.Max(t => Math.Max(t.OddsRatioUpper, 1)));
        x["tickmode"] = "array"; x["tickvals"] = ticks; x["ticktext"] = ticks.Select(t => t.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var yAxis = FigureCanvas.Axis("");
        yAxis["tickmode"] = "array"; yAxis["tickvals"] = y; yAxis["ticktext"] = labels; yAxis["showline"] = false; yAxis["ticks"] = "";
        yAxis["range"] = new[] { -0.7, terms.Length - 0.3 };
        canvas.Layout("xaxis", x);
        canvas.Layout("yaxis", yAxis);
        return canvas.ToChart(title);
    }

    /// <summary>Ticks 1, 2, 5 × 10ᵏ covering [min, max] (only 1 × 10ᵏ when that span exceeds three decades).</summary>
    internal static double[] LogTicks(double min, double max)
    {
        int low = (int)Math.Floor(Math.Log10(min)), high = (int)Math.Ceiling(Math.Log10(max));
        double[] mantissas = high - low > 3 ? [1] : [1, 2, 5];
        var ticks = Enumerable.Range(low, high - low + 1).SelectMany(k => mantissas.Select(m => m * Math.Pow(10, k)))
            .Where(t => t >= min / 1.0001 && t <= max * 1.0001).Select(t => Math.Round(t, 10)).ToList();
        if (ticks.Count < 2) ticks = [Math.Round(min, 3), 1, Math.Round(max, 3)];
        return ticks.Distinct().OrderBy(t => t).ToArray();
    }
}
