using DlRadiomics.Deep;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// What the network saw, for a few patients: per row, the largest-ROI slice (grey) with the ROI outlined and the crop
/// box drawn, and beside it the crop scaled to [0, 1] and resized to the network's input — the picture copied to the
/// three channels before normalisation (<see cref="NetworkInput.Resized"/>).
/// </summary>
public static class DeepInputFigure
{
    /// <summary>One row: a title (e.g. the patient and plane) and the case's network input.</summary>
    public sealed record Panel(string Title, NetworkInput Input);

    /// <exception cref="FigureInputException">No panels.</exception>
    public static GenericChart Create(IReadOnlyList<Panel> panels, string? title = null, FigureStyle? style = null)
    {
        if (panels.Count == 0) throw new FigureInputException("deep input figure: give at least one case");
        var canvas = new FigureCanvas(style ?? FigureStyle.Default);
        int rows = panels.Count;
        var annotations = new List<object>();
        for (int r = 0; r < rows; r++)
        {
            var input = panels[r].Input;
            var slice = input.Slice;
            string left = $"{2 * r + 1}", right = $"{2 * r + 2}";
            double top = 1 - (double)r / rows, bottom = 1 - (double)(r + 1) / rows, gap = 0.06 / rows;
            canvas.Trace("heatmap", Picture(slice.Pixels, slice.Rows, slice.Columns, left));
            canvas.Trace("contour", new Dictionary<string, object>
            {
                ["z"] = Rows(slice.InRoi.Select(b => b ? 1.0 : 0.0).ToArray(), slice.Rows, slice.Columns),
                ["contours"] = new Dictionary<string, object> { ["start"] = 0.5, ["end"] = 0.5, ["size"] = 1, ["coloring"] = "lines" },
                ["line"] = new Dictionary<string, object> { ["color"] = canvas.Style.Colour(1), ["width"] = 2 },
                ["showscale"] = false, ["showlegend"] = false, ["name"] = "ROI", ["xaxis"] = "x" + left, ["yaxis"] = "y" + left,
            });
            var c = input.Crop;
            double x0 = c.Column - 0.5, x1 = c.Column + c.Columns - 0.5, y0 = c.Row - 0.5, y1 = c.Row + c.Rows - 0.5;
            canvas.Trace("scatter", new Dictionary<string, object>
            {
                ["x"] = new[] { x0, x1, x1, x0, x0 }, ["y"] = new[] { y0, y0, y1, y1, y0 }, ["mode"] = "lines",
                ["line"] = FigureCanvas.Stroke(canvas.Style.Colour(0), 1.5, "dash"), ["showlegend"] = false, ["name"] = "crop",
                ["xaxis"] = "x" + left, ["yaxis"] = "y" + left,
            });
            canvas.Trace("heatmap", Picture(input.Resized.Select(v => (double)v).ToArray(), input.Height, input.Width, right));
            canvas.Layout("xaxis" + left, ImageAxis([0, 0.48], "y" + left));
            canvas.Layout("yaxis" + left, ImageAxis([bottom + gap, top - gap], "x" + left, reversed: true));
            canvas.Layout("xaxis" + right, ImageAxis([0.52, 1], "y" + right));
            canvas.Layout("yaxis" + right, ImageAxis([bottom + gap, top - gap], "x" + right, reversed: true));
            annotations.Add(Label($"{panels[r].Title}: slice {slice.Index} ({slice.RoiPixels} ROI pixels), crop {c.Rows}×{c.Columns}", 0.24, top));
            annotations.Add(Label($"network input {input.Height}×{input.Width}, [0, 1]", 0.76, top));
        }
        canvas.Layout("annotations", annotations.ToArray());
        canvas.Layout("height", 340 * rows);
        canvas.Layout("width", 760);
        return canvas.ToChart(title);
    }

    private static Dictionary<string, object> Picture(double[] pixels, int rows, int columns, string axes) => new()
    {
        ["z"] = Rows(pixels, rows, columns), ["colorscale"] = "Greys", ["reversescale"] = true, ["showscale"] = false,
        ["xaxis"] = "x" + axes, ["yaxis"] = "y" + axes, ["name"] = "",
    };

    private static double[][] Rows(double[] pixels, int rows, int columns) =>
        Enumerable.Range(0, rows).Select(r => pixels.AsSpan(r * columns, columns).ToArray()).ToArray();

    private static Dictionary<string, object> ImageAxis(double[] domain, string anchor, bool reversed = false)
    {
        var axis = new Dictionary<string, object>
        {
            ["domain"] = domain, ["anchor"] = anchor, ["showgrid"] = false, ["zeroline"] = false, ["showticklabels"] = false, ["ticks"] = "",
        };
        if (reversed)
        {
            axis["autorange"] = "reversed";
            axis["scaleanchor"] = anchor;
        }
        return axis;
    }

    private static Dictionary<string, object> Label(string text, double x, double y) => new()
    {
        ["text"] = text, ["x"] = x, ["y"] = y, ["xref"] = "paper", ["yref"] = "paper", ["xanchor"] = "center", ["yanchor"] = "bottom",
        ["showarrow"] = false, ["font"] = new Dictionary<string, object> { ["size"] = 11 },
    };
}
