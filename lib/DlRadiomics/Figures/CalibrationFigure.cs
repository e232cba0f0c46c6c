using DlRadiomics.Statistics.Tables;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// Calibration plot (the papers' calibration curves): observed event rate against predicted probability with the
/// ideal diagonal, each model's lowess curve, optional binned points with Wilson intervals, and the Brier score,
/// calibration slope and Hosmer–Lemeshow p-value in the legend (see <see cref="LegendLabel"/>).
/// </summary>
/// <remarks>
/// Wilson interval of a bin with n patients and observed fraction p̂: (p̂ + z²/2n ± z·sqrt(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), z = 1.96.
/// </remarks>
public static class CalibrationFigure
{
    /// <exception cref="FigureInputException">No series, or a series without a name.</exception>
    public static GenericChart Create(IEnumerable<CalibrationSeries> series, string? title = null, bool showBinIntervals = true, FigureStyle? style = null)
    {
        var list = series.ToArray();
        if (list.Length == 0) throw new FigureInputException("calibration figure: no models given; pass at least one CalibrationSeries");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        canvas.Line(0, 0, 1, 1, canvas.Style.ReferenceColour);
        canvas.Trace("scatter", new Dictionary<string, object>
        {
            ["name"] = "Ideal", ["mode"] = "lines", ["x"] = new[] { 0.0, 1.0 }, ["y"] = new[] { 0.0, 1.0 },
            ["line"] = FigureCanvas.Stroke(canvas.Style.ReferenceColour, 1.5, "dash"), ["hoverinfo"] = "skip",
        });
        for (int i = 0; i < list.Length; i++)
        {
            var s = list[i];
            if (string.IsNullOrWhiteSpace(s.Name)) throw new FigureInputException($"calibration figure: series {i + 1} has no name; the legend needs one");
            string colour = canvas.Style.Colour(i);
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["name"] = LegendLabel(s), ["legendgroup"] = s.Name, ["mode"] = "lines", ["x"] = s.Smoothed.X, ["y"] = s.Smoothed.Y,
                ["line"] = FigureCanvas.Stroke(colour), ["hovertemplate"] = "predicted %{x:.3f}<br>observed (lowess) %{y:.3f}",
            });
            if (s.Bins is { Count: > 0 } bins)
            {
                var trace = new Dictionary<string, object>
                {
                    ["name"] = s.Name + " (binned)", ["legendgroup"] = s.Name, ["showlegend"] = false, ["mode"] = "markers",
                    ["x"] = bins.Select(b => b.MeanPredicted).ToArray(), ["y"] = bins.Select(b => b.ObservedFraction).ToArray(),
                    ["customdata"] = bins.Select(b => b.Count).ToArray(),
                    ["marker"] = new Dictionary<string, object> { ["color"] = colour, ["size"] = 8, ["symbol"] = "circle-open", ["line"] = new Dictionary<string, object> { ["width"] = 2 } },
                    ["hovertemplate"] = "mean predicted %{x:.3f}<br>observed %{y:.3f}<br>n = %{customdata}",
                };
                if (showBinIntervals)
                {
                    var intervals = bins.Select(b => Wilson(b.ObservedFraction, b.Count)).ToArray();
                    trace["error_y"] = new Dictionary<string, object>
                    {
                        ["type"] = "data", ["symmetric"] = false, ["color"] = colour, ["thickness"] = 1.2, ["width"] = 3,
                        ["array"] = intervals.Select((w, k) => w.Upper - bins[k].ObservedFraction).ToArray(),
                        ["arrayminus"] = intervals.Select((w, k) => bins[k].ObservedFraction - w.Lower).ToArray(),
                    };
                }
                canvas.Trace("scatter", trace);
            }
        }
        canvas.Layout("xaxis", FigureCanvas.Axis("Predicted probability", [-0.02, 1.02]));
        canvas.Layout("yaxis", FigureCanvas.Axis("Observed proportion", [-0.02, 1.02]));
        canvas.Layout("legend", new Dictionary<string, object> { ["x"] = 0.02, ["y"] = 0.98, ["xanchor"] = "left", ["yanchor"] = "top", ["bgcolor"] = "rgba(255,255,255,0.85)" });
        return canvas.ToChart(title);
    }

    /// <summary>The legend text of a series, e.g. "Clinical (Brier 0.158, slope 1.00, H–L p = 0.144)"; the name alone without statistics.</summary>
    public static string LegendLabel(CalibrationSeries series)
    {
        var parts = new List<string>();
        if (series.Statistics is { } st) parts.Add($"Brier {FigureCanvas.Number(st.Brier, 3)}, slope {FigureCanvas.Number(st.Slope, 2)}");
        if (series.HosmerLemeshow is { } hl) parts.Add($"H–L p = {TableText.PValue(hl.PValue)}");
        return parts.Count == 0 ? series.Name : $"{series.Name} ({string.Join(", ", parts)})";
    }

    internal static (double Lower, double Upper) Wilson(double fraction, int n, double z = 1.959963984540054)
    {
        double z2 = z * z, centre = fraction + z2 / (2 * n), spread = z * Math.Sqrt(fraction * (1 - fraction) / n + z2 / (4.0 * n * n));
        return (Math.Max(0, (centre - spread) / (1 + z2 / n)), Math.Min(1, (centre + spread) / (1 + z2 / n)));
    }
}
