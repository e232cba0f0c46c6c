using System.Globalization;
using DlRadiomics.Statistics.Nomograms;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// A nomogram drawn as <c>rms::plot.nomogram</c> lays it out: the Points scale (0 to the maximum points) on top, one
/// horizontal scale per predictor with its tick labels, then the Total points scale and the Risk scale at the bottom.
/// </summary>
/// <remarks>
/// Every row shares one x axis in points. The Total points and Risk rows are compressed so that their last total
/// points tick T_end sits under the maximum points: x = T · MaxPoints / T_end.
/// </remarks>
public static class NomogramFigure
{
    /// <summary>Name of the top row.</summary>
    public const string PointsRow = "Points";
    /// <summary>Name of the total points row.</summary>
    public const string TotalPointsRow = "Total points";
    /// <summary>Default name of the probability row.</summary>
    public const string RiskRow = "Risk";

    /// <summary>Name of the trace marking a scored patient.</summary>
    public const string PatientTrace = "Patient";

    /// <param name="nomogram">The layout from <see cref="Nomogram.Build"/>.</param>
    /// <param name="riskLabel">Label of the probability row, e.g. "Risk of recurrence".</param>
    /// <exception cref="FigureInputException">The nomogram has no axes or no risk ticks.</exception>
    /// <param name="title">Figure title, or null for none.</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    /// <param name="patient">A patient scored by <see cref="NomogramResult.Score(IReadOnlyDictionary{string, object})"/>, marked on every row (its points, total points and risk), or null.</param>
    public static GenericChart Create(NomogramResult nomogram, string? title = null, string riskLabel = RiskRow, FigureStyle? style = null, NomogramScore? patient = null)
    {
        if (nomogram.Axes.Count == 0) throw new FigureInputException("nomogram figure: the nomogram has no predictor axes");
        if (nomogram.ProbabilityAxis.Count == 0)
            throw new FigureInputException("nomogram figure: no probability tick falls within the total points range; give NomogramOptions.ProbabilityTicks inside it");
        style ??= FigureStyle.Default;
        int rows = nomogram.Axes.Count + 3;
        var canvas = new FigureCanvas(style with { Height = Math.Max(style.Height, 70 * rows + 110) });
        double maxPoints = nomogram.Axes.Max(a => a.Points.Max());
        var pointTicks = Enumerable.Range(0, 11).Select(k => maxPoints * k / 10).ToArray();
        var totalTicks = Nomogram.NiceTicks(0, nomogram.MaxTotalPoints);
        double totalEnd = totalTicks[^1];
        double ToX(double total) => total * maxPoints / totalEnd;
        // Approximate width of one label character in points: 0.6 em over a plotting area of about Width − 160 px.
        double charWidth = 0.6 * (style.FontSize - 3) / Math.Max(200, style.Width - 160) * 1.08 * maxPoints;

        var names = new List<string>();
        void Row(string name, IReadOnlyList<double> x, IReadOnlyList<string> labels)
        {
            double y = -names.Count;
            names.Add(name);
            var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
            var xs = order.Select(i => x[i]).ToArray();
            var text = order.Select(i => labels[i]).ToArray();
            // A label that would touch the previous one above the line goes below it.
            var positions = new string[xs.Length];
            for (int i = 0; i < xs.Length; i++)
                positions[i] = i > 0 && positions[i - 1] == "top center" && xs[i] - xs[i - 1] < (text[i].Length + text[i - 1].Length) / 2.0 * charWidth + 0.5 * charWidth
                    ? "bottom center" : "top center";
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["name"] = name, ["showlegend"] = false, ["mode"] = "lines+markers+text",
                ["x"] = xs, ["y"] = xs.Select(_ => y).ToArray(), ["text"] = text, ["textposition"] = positions,
                ["line"] = FigureCanvas.Stroke("#222222", 1.2), ["cliponaxis"] = false,
                ["marker"] = new Dictionary<string, object> { ["symbol"] = "line-ns-open", ["size"] = 8, ["color"] = "#222222", ["line"] = new Dictionary<string, object> { ["width"] = 1.2 } },
                ["textfont"] = new Dictionary<string, object> { ["size"] = style.FontSize - 3 },
                ["hovertemplate"] = name + " %{text}: %{x:.1f} points<extra></extra>",
            });
        }

        Row(PointsRow, pointTicks, pointTicks.Select(Label).ToArray());
        foreach (var axis in nomogram.Axes) Row(axis.Predictor, axis.Points, axis.Labels);
        Row(TotalPointsRow, totalTicks.Select(ToX).ToArray(), totalTicks.Select(Label).ToArray());
        Row(riskLabel, nomogram.ProbabilityAxis.Select(t => ToX(t.TotalPoints)).ToArray(), nomogram.ProbabilityAxis.Select(t => Label(t.Probability)).ToArray());
        if (patient is not null)
        {
            var x = nomogram.Axes.Select(a => patient.Points[a.Predictor]).Append(ToX(patient.TotalPoints)).Append(ToX(patient.TotalPoints)).ToArray();
            var text = nomogram.Axes.Select(a => patient.Points[a.Predictor].ToString("F1", CultureInfo.InvariantCulture))
                .Append(patient.TotalPoints.ToString("F1", CultureInfo.InvariantCulture)).Append(patient.Probability.ToString("F3", CultureInfo.InvariantCulture)).ToArray();
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["name"] = PatientTrace, ["mode"] = "markers", ["x"] = x, ["y"] = Enumerable.Range(1, x.Length).Select(i => (double)-i).ToArray(), ["text"] = text,
                ["marker"] = new Dictionary<string, object> { ["symbol"] = "diamond", ["size"] = 11, ["color"] = canvas.Style.Colour(1) },
                ["hovertemplate"] = "patient: %{text}<extra></extra>",
            });
        }

        canvas.Layout("xaxis", new Dictionary<string, object>
        {
            ["visible"] = false, ["range"] = new[] { -0.04 * maxPoints, 1.04 * maxPoints }, ["showgrid"] = false, ["zeroline"] = false,
        });
        canvas.Layout("yaxis", new Dictionary<string, object>
        {
            ["tickmode"] = "array", ["tickvals"] = names.Select((_, i) => (double)-i).ToArray(), ["ticktext"] = names.ToArray(),
            ["range"] = new[] { -(names.Count - 1) - 0.6, 0.6 }, ["showgrid"] = false, ["zeroline"] = false, ["showline"] = false,
            ["ticks"] = "", ["automargin"] = true,
        });
        return canvas.ToChart(title);
    }

    private static string Label(double value) => Math.Round(value, 10).ToString("0.###", CultureInfo.InvariantCulture);
}
