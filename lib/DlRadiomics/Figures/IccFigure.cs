using DlRadiomics.Statistics.Agreement;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// Observer agreement per feature: intra-observer ICC against inter-observer ICC, one point per feature and one colour
/// per feature set, with the threshold drawn on both axes; features in the upper-right quadrant are kept.
/// Features whose ICC is undefined are left out (the agreement table lists them).
/// </summary>
public static class IccFigure
{
    /// <param name="sets">Per feature set: its name and its intra- and inter-observer filter results (same features, same order).</param>
    /// <param name="title">Figure title.</param>
    /// <param name="style">Colours and size; the default style when null.</param>
    /// <exception cref="FigureInputException">No set, or a set whose two results list different features.</exception>
    public static GenericChart Create(IEnumerable<(string Set, IccFilterResult Intra, IccFilterResult Inter)> sets, string? title = null, FigureStyle? style = null)
    {
        var list = sets.ToList();
        if (list.Count == 0) throw new FigureInputException("ICC figure: no feature set given");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        double threshold = list[0].Intra.Threshold, low = threshold;
        foreach (var (k, (set, intra, inter)) in list.Index())
        {
            if (!intra.Features.Select(f => f.Name).SequenceEqual(inter.Features.Select(f => f.Name)))
                throw new FigureInputException($"ICC figure: the intra- and inter-observer results of {set} list different features");
            var points = intra.Features.Zip(inter.Features).Where(p => p.First.Estimate is not null && p.Second.Estimate is not null).ToList();
            if (points.Count > 0) low = Math.Min(low, points.Min(p => Math.Min(p.First.Estimate!.Value, p.Second.Estimate!.Value)));
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["name"] = $"{set} ({points.Count(p => p.First.Kept && p.Second.Kept)} of {intra.Features.Count} kept)", ["mode"] = "markers",
                ["x"] = points.Select(p => p.First.Estimate!.Value).ToArray(), ["y"] = points.Select(p => p.Second.Estimate!.Value).ToArray(),
                ["text"] = points.Select(p => p.First.Name).ToArray(),
                ["marker"] = new Dictionary<string, object> { ["color"] = canvas.Style.Colour(k), ["size"] = 7, ["opacity"] = 0.8 },
                ["hovertemplate"] = "%{text}<br>intra %{x:.3f}, inter %{y:.3f}<extra></extra>",
            });
        }
        low = Math.Max(-1, Math.Floor(low * 10) / 10);
        canvas.Line(threshold, low, threshold, 1, "#888888");
        canvas.Line(low, threshold, 1, threshold, "#888888");
        canvas.Layout("xaxis", FigureCanvas.Axis("intra-observer ICC(2,1)", [low, 1.02]));
        canvas.Layout("yaxis", FigureCanvas.Axis("inter-observer ICC(2,1)", [low, 1.02]));
        return canvas.ToChart(title);
    }
}
