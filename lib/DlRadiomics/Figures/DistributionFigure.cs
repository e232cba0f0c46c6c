using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>How a <see cref="DistributionFigure"/> draws each group.</summary>
public enum DistributionKind
{
    /// <summary>Box (median, quartiles, whiskers to 1.5 IQR) with the patients as jittered points.</summary>
    Box,

    /// <summary>Violin (kernel density) with the inner box.</summary>
    Violin,
}

/// <summary>
/// Distribution of a variable or score by outcome group, side by side per split (training/test) — the Radscore
/// distributions and the continuous rows of a baseline table drawn.
/// </summary>
public static class DistributionFigure
{
    /// <param name="variable">Name of the variable, with its unit, as the y axis title.</param>
    /// <param name="values">One value per patient.</param>
    /// <param name="groups">Group of each patient (one colour per group, in order of first appearance).</param>
    /// <param name="splits">Split of each patient (x axis categories), or null for groups only.</param>
    /// <param name="splitTitle">Title of the x axis when there are splits, e.g. "Cohort".</param>
    /// <exception cref="FigureInputException">No values, lengths differ, or a value is not finite.</exception>
    /// <param name="title">Figure title, or null for none.</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    /// <param name="kind">Box or violin.</param>
    public static GenericChart Create(string variable, IReadOnlyList<double> values, IReadOnlyList<string> groups, IReadOnlyList<string>? splits = null,
        DistributionKind kind = DistributionKind.Box, string? title = null, string splitTitle = "Cohort", FigureStyle? style = null)
    {
        if (values.Count == 0) throw new FigureInputException($"distribution figure: '{variable}' has no values");
        if (groups.Count != values.Count) throw new FigureInputException($"distribution figure: '{variable}' has {values.Count} values but {groups.Count} group labels");
        if (splits is not null && splits.Count != values.Count) throw new FigureInputException($"distribution figure: '{variable}' has {values.Count} values but {splits.Count} split labels");
        for (int i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i])) throw new FigureInputException($"distribution figure: '{variable}' value {i + 1} is {values[i]}; leave out missing values first");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        var groupOrder = groups.Distinct(StringComparer.Ordinal).ToArray();
        for (int g = 0; g < groupOrder.Length; g++)
        {
            var rows = Enumerable.Range(0, values.Count).Where(i => groups[i] == groupOrder[g]).ToArray();
            string colour = canvas.Style.Colour(g);
            var trace = new Dictionary<string, object>
            {
                ["name"] = groupOrder[g], ["y"] = rows.Select(i => values[i]).ToArray(),
                ["x"] = rows.Select(i => splits is null ? groupOrder[g] : splits[i]).ToArray(),
                ["line"] = new Dictionary<string, object> { ["color"] = colour },
                ["marker"] = new Dictionary<string, object> { ["color"] = colour, ["size"] = 4, ["opacity"] = 0.5 },
            };
            if (kind == DistributionKind.Box)
            {
                trace["boxpoints"] = "all"; trace["jitter"] = 0.4; trace["pointpos"] = 0.0; trace["fillcolor"] = "rgba(255,255,255,0)";
                canvas.Trace("box", trace);
            }
            else
            {
                trace["box"] = new Dictionary<string, object> { ["visible"] = true }; trace["meanline"] = new Dictionary<string, object> { ["visible"] = false };
                trace["points"] = "all"; trace["jitter"] = 0.3; trace["pointpos"] = 0.0; trace["spanmode"] = "hard";
                canvas.Trace("violin", trace);
            }
        }
        canvas.Layout(kind == DistributionKind.Box ? "boxmode" : "violinmode", "group");
        canvas.Layout("xaxis", FigureCanvas.Axis(splits is null ? "" : splitTitle));
        canvas.Layout("yaxis", FigureCanvas.Axis(variable));
        canvas.Layout("legend", new Dictionary<string, object> { ["x"] = 1.0, ["xanchor"] = "right", ["y"] = 1.0, ["yanchor"] = "top", ["bgcolor"] = "rgba(255,255,255,0.85)" });
        return canvas.ToChart(title);
    }

    /// <summary>A numeric column of a data table by its group column (and split column), rows with a missing value left out.</summary>
    /// <exception cref="FigureInputException">A column is absent or the variable is not numeric.</exception>
    public static GenericChart Create(DataFrame data, string variable, string group, string? split = null,
        DistributionKind kind = DistributionKind.Box, string? axisTitle = null, string? title = null, FigureStyle? style = null)
    {
        DataFrameColumn Column(string name) =>
            data.Columns.IndexOf(name) >= 0 ? data.Columns[name] : throw new FigureInputException($"distribution figure: no column '{name}'; columns are {string.Join(", ", data.Columns.Select(c => c.Name))}");
        var v = Column(variable);
        var g = Column(group);
        var s = split is null ? null : Column(split);
        if (!FrameAccess.IsNumeric(v)) throw new FigureInputException($"distribution figure: column '{variable}' is not numeric");
        var values = new List<double>(); var groups = new List<string>(); var splits = new List<string>();
        for (long r = 0; r < data.Rows.Count; r++)
        {
            double? x = FrameAccess.Number(v, r);
            string? level = FrameAccess.Level(g, r);
            string? part = s is null ? "" : FrameAccess.Level(s, r);
            if (x is null || level is null || part is null) continue;
            values.Add(x.Value); groups.Add($"{group} = {level}"); splits.Add(part);
        }
        return Create(axisTitle ?? variable, values, groups, s is null ? null : splits, kind, title, split ?? "", style);
    }
}
