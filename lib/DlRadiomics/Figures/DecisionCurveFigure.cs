using DlRadiomics.Statistics.DecisionAnalysis;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// Decision curves (the papers' DCA figures): net benefit of each model against the threshold probability, with the
/// treat-all curve and the treat-none line at 0.
/// </summary>
/// <remarks>
/// Treat-all falls steeply below zero at high thresholds, so, as in <c>dcurves</c> and <c>rmda</c>, the y axis is
/// clipped: from −0.05 (or −5% of the largest net benefit when that is larger) to 5% above the largest net benefit
/// of any curve. With <c>standardized</c> the curves are net benefit / prevalence (rmda's sNB) and the top is 1.
/// </remarks>
public static class DecisionCurveFigure
{
    /// <exception cref="FigureInputException">No model, or models computed on cohorts of different prevalence or thresholds (the treat-all curve would differ).</exception>
    public static GenericChart Create(IEnumerable<DecisionCurveResult> models, string? title = null, bool standardized = false, FigureStyle? style = null)
    {
        var list = models.ToArray();
        if (list.Length == 0) throw new FigureInputException("decision curve figure: no models given; pass at least one DecisionCurveResult");
        var first = list[0];
        var thresholds = first.Points.Select(p => p.Threshold).ToArray();
        foreach (var m in list.Skip(1))
        {
            if (m.Count != first.Count || m.Events != first.Events)
                throw new FigureInputException($"decision curve figure: '{m.Name}' has {m.Events}/{m.Count} events but '{first.Name}' has {first.Events}/{first.Count}; draw models of different cohorts in separate figures");
            if (!m.Points.Select(p => p.Threshold).SequenceEqual(thresholds))
                throw new FigureInputException($"decision curve figure: '{m.Name}' uses other thresholds than '{first.Name}'; compute every model on the same grid");
        }
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        double prevalence = first.Prevalence;
        double Scale(double nb) => standardized ? nb / prevalence : nb;
        var treatAll = first.Points.Select(p => Scale(p.TreatAll)).ToArray();
        canvas.Trace("scatter", new Dictionary<string, object>
        {
            ["name"] = "Treat all", ["mode"] = "lines", ["x"] = thresholds, ["y"] = treatAll,
            ["line"] = FigureCanvas.Stroke(canvas.Style.ReferenceColour, 1.5),
        });
        canvas.Trace("scatter", new Dictionary<string, object>
        {
            ["name"] = "Treat none", ["mode"] = "lines", ["x"] = new[] { thresholds.Min(), thresholds.Max() }, ["y"] = new[] { 0.0, 0.0 },
            ["line"] = FigureCanvas.Stroke("#000000", 1.5, "dash"),
        });
        double top = treatAll.Max();
        for (int i = 0; i < list.Length; i++)
        {
            var y = list[i].Points.Select(p => Scale(p.NetBenefit)).ToArray();
            top = Math.Max(top, y.Max());
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["name"] = list[i].Name, ["mode"] = "lines", ["x"] = thresholds, ["y"] = y,
                ["line"] = FigureCanvas.Stroke(canvas.Style.Colour(i)), ["hovertemplate"] = "threshold %{x:.2f}<br>net benefit %{y:.3f}",
            });
        }
        if (!(top > 0)) top = standardized ? 1 : prevalence;
        canvas.Layout("xaxis", FigureCanvas.Axis("Threshold probability", [thresholds.Min(), thresholds.Max()]));
        canvas.Layout("yaxis", FigureCanvas.Axis(standardized ? "Standardized net benefit" : "Net benefit", YRange(top)));
        canvas.Layout("legend", new Dictionary<string, object> { ["x"] = 0.98, ["y"] = 0.98, ["xanchor"] = "right", ["yanchor"] = "top", ["bgcolor"] = "rgba(255,255,255,0.85)" });
        return canvas.ToChart(title);
    }

    /// <summary>The clipped y range for a largest net benefit <paramref name="top"/>.</summary>
    public static double[] YRange(double top) => [-Math.Max(0.05, 0.05 * top), 1.05 * top];
}
