namespace DlRadiomics.Figures;

/// <summary>A heatmap over named rows and columns with the values written in the cells, shared by the correlation, DeLong and learner AUC heatmaps.</summary>
internal static class MatrixHeatmap
{
    /// <summary>Adds the heatmap of <paramref name="z"/> (row-major, null cells blank) with <paramref name="text"/> written in the cells.</summary>
    public static void Draw(FigureCanvas canvas, string name, IReadOnlyList<string> names, double?[][] z, string[][] text,
        object colourScale, double zmin, double zmax, string colourBarTitle) =>
        Draw(canvas, name, names, names, z, text, colourScale, zmin, zmax, colourBarTitle);

    /// <summary>Adds the heatmap of <paramref name="z"/> ([row][column]) over <paramref name="rows"/> (top to bottom) × <paramref name="columns"/>.</summary>
    public static void Draw(FigureCanvas canvas, string name, IReadOnlyList<string> rows, IReadOnlyList<string> columns, double?[][] z, string[][] text,
        object colourScale, double zmin, double zmax, string colourBarTitle)
    {
        canvas.Trace("heatmap", new Dictionary<string, object>
        {
            ["name"] = name, ["x"] = columns.ToArray(), ["y"] = rows.ToArray(), ["z"] = z,
            ["text"] = text, ["texttemplate"] = "%{text}", ["textfont"] = new Dictionary<string, object> { ["size"] = canvas.Style.FontSize - 3 },
            ["colorscale"] = colourScale, ["zmin"] = zmin, ["zmax"] = zmax, ["xgap"] = 1, ["ygap"] = 1,
            ["colorbar"] = new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = colourBarTitle } },
            ["hovertemplate"] = "%{y} × %{x}: %{text}<extra></extra>",
        });
        canvas.Layout("xaxis", new Dictionary<string, object> { ["tickangle"] = -45, ["showgrid"] = false, ["automargin"] = true, ["ticks"] = "" });
        canvas.Layout("yaxis", new Dictionary<string, object> { ["autorange"] = "reversed", ["showgrid"] = false, ["automargin"] = true, ["ticks"] = "" });
    }
}
