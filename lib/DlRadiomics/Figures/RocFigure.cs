using DlRadiomics.Statistics.RocAnalysis;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// ROC curves of one or more models on the same axes (the papers' training and test panels): sensitivity against
/// 1 − specificity, the chance diagonal, and each model's AUC with its confidence interval in the legend.
/// </summary>
public static class RocFigure
{
    /// <summary>Curves with their DeLong interval computed here at <paramref name="level"/> (pROC <c>ci.auc</c>).</summary>
    /// <exception cref="FigureInputException">No curve, or a blank name.</exception>
    public static GenericChart Create(IEnumerable<(string Name, RocCurve Curve)> curves, string? title = null, double level = 0.95, FigureStyle? style = null) =>
        Draw(curves.Select(c => (c.Name, c.Curve, DeLong.ConfidenceInterval(c.Curve, level))).ToArray(), title, style);

    /// <summary>Curves of discrimination summaries with their stored DeLong interval (or the bootstrap one when <paramref name="useBootstrapInterval"/>).</summary>
    /// <exception cref="FigureInputException">No summary, or a bootstrap interval asked for but not computed.</exception>
    public static GenericChart Create(IEnumerable<DiscriminationSummary> summaries, string? title = null, bool useBootstrapInterval = false, FigureStyle? style = null) =>
        Draw(summaries.Select(s => (s.Name, s.Curve, useBootstrapInterval
            ? s.Bootstrap ?? throw new FigureInputException($"ROC figure: '{s.Name}' has no bootstrap interval; summarise with BootstrapReplicates > 0 or use the DeLong interval")
            : s.DeLong)).ToArray(), title, style);

    /// <summary>The legend text of a curve, e.g. "Radscore (AUC 0.731, 95% CI 0.634–0.828)".</summary>
    public static string LegendLabel(string name, AucConfidenceInterval interval) =>
        $"{name} (AUC {FigureCanvas.Number(interval.Auc, 3)}, {FigureCanvas.Number(100 * interval.Level, 0)}% CI {FigureCanvas.Number(interval.Lower, 3)}–{FigureCanvas.Number(interval.Upper, 3)})";

    private static GenericChart Draw(IReadOnlyList<(string Name, RocCurve Curve, AucConfidenceInterval Interval)> curves, string? title, FigureStyle? style)
    {
        if (curves.Count == 0) throw new FigureInputException("ROC figure: no curves given; pass at least one (name, RocCurve)");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        canvas.Line(0, 0, 1, 1, canvas.Style.ReferenceColour);
        for (int i = 0; i < curves.Count; i++)
        {
            var (name, curve, interval) = curves[i];
            if (string.IsNullOrWhiteSpace(name)) throw new FigureInputException($"ROC figure: curve {i + 1} has no name; the legend needs one");
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["name"] = LegendLabel(name, interval), ["mode"] = "lines",
                ["x"] = curve.FalsePositiveRates.ToArray(), ["y"] = curve.Sensitivities.ToArray(),
                ["line"] = FigureCanvas.Stroke(canvas.Style.Colour(i)),
                ["hovertemplate"] = "1 − specificity %{x:.3f}<br>sensitivity %{y:.3f}",
            });
        }
        canvas.Layout("xaxis", FigureCanvas.Axis("1 − specificity (false-positive rate)", [-0.01, 1.01]));
        canvas.Layout("yaxis", FigureCanvas.Axis("Sensitivity (true-positive rate)", [-0.01, 1.01]));
        canvas.Layout("legend", new Dictionary<string, object> { ["x"] = 0.98, ["y"] = 0.02, ["xanchor"] = "right", ["yanchor"] = "bottom", ["bgcolor"] = "rgba(255,255,255,0.85)" });
        return canvas.ToChart(title);
    }
}
