using DlRadiomics.Statistics.RocAnalysis;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// AUCs of several models side by side, one bar colour per cohort (training, test…), each bar with its confidence
/// interval as an error bar and its value written at its foot — the papers' "comparison of AUC values" figure.
/// </summary>
public static class AucComparisonFigure
{
    /// <param name="cohorts">Per cohort, the summaries of its models; models are matched across cohorts by name.</param>
    /// <param name="useBootstrapInterval">Draw the bootstrap interval instead of DeLong's (every summary must have one).</param>
    /// <exception cref="FigureInputException">No cohort or no model, or a bootstrap interval asked for but not computed.</exception>
    /// <param name="title">Figure title, or null for none.</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    public static GenericChart Create(IEnumerable<(string Cohort, IReadOnlyList<DiscriminationSummary> Models)> cohorts, string? title = null,
        bool useBootstrapInterval = false, FigureStyle? style = null)
    {
        var list = cohorts.ToArray();
        if (list.Length == 0 || list.All(c => c.Models.Count == 0)) throw new FigureInputException("AUC comparison: no cohorts or models given");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        for (int c = 0; c < list.Length; c++)
        {
            var (cohort, models) = list[c];
            var intervals = models.Select(m => useBootstrapInterval
                ? m.Bootstrap ?? throw new FigureInputException($"AUC comparison: '{m.Name}' ({cohort}) has no bootstrap interval; summarise with BootstrapReplicates > 0 or use the DeLong interval")
                : m.DeLong).ToArray();
            canvas.Trace("bar", new Dictionary<string, object>
            {
                ["name"] = cohort, ["x"] = models.Select(m => m.Name).ToArray(), ["y"] = intervals.Select(i => i.Auc).ToArray(),
                ["text"] = intervals.Select(i => FigureCanvas.Number(i.Auc, 3)).ToArray(), ["textposition"] = "inside", ["insidetextanchor"] = "start",
                ["textfont"] = new Dictionary<string, object> { ["color"] = "white" },
                ["marker"] = new Dictionary<string, object> { ["color"] = canvas.Style.Colour(c) },
                ["error_y"] = new Dictionary<string, object>
                {
                    ["type"] = "data", ["symmetric"] = false, ["color"] = "#333333", ["thickness"] = 1.2, ["width"] = 4,
                    ["array"] = intervals.Select(i => i.Upper - i.Auc).ToArray(), ["arrayminus"] = intervals.Select(i => i.Auc - i.Lower).ToArray(),
                },
                ["hovertemplate"] = "%{x}: AUC %{y:.3f}<extra>" + cohort + "</extra>",
            });
        }
        canvas.Layout("barmode", "group");
        canvas.Layout("xaxis", FigureCanvas.Axis(""));
        canvas.Layout("yaxis", FigureCanvas.Axis("AUC (95% CI)", [0, 1.08]));
        canvas.Layout("legend", new Dictionary<string, object> { ["orientation"] = "h", ["x"] = 0.5, ["xanchor"] = "center", ["y"] = -0.12, ["yanchor"] = "top" });
        return canvas.ToChart(title);
    }
}
