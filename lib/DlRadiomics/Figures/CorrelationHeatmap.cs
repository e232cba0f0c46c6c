using DlRadiomics.Statistics.Correlations;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// Heatmap of a correlation matrix (Pearson or Spearman) on a diverging blue–white–red scale fixed at [−1, 1], the
/// coefficients written in the cells when there are at most <see cref="MaxAnnotatedFeatures"/> features.
/// </summary>
public static class CorrelationHeatmap
{
    /// <summary>Above this many features the cells are too small to carry text.</summary>
    public const int MaxAnnotatedFeatures = 20;

    /// <summary>Colour-blind-safe diverging scale (ColorBrewer RdBu reversed: −1 blue, 0 white, +1 red).</summary>
    internal static readonly object[][] Diverging =
    [
        [0.0, "#2166ac"], [0.25, "#92c5de"], [0.5, "#f7f7f7"], [0.75, "#f4a582"], [1.0, "#b2182b"],
    ];

    /// <exception cref="FigureInputException">The matrix has fewer than two features.</exception>
    public static GenericChart Create(CorrelationMatrix matrix, string? title = null, FigureStyle? style = null)
    {
        int n = matrix.Names.Count;
        if (n < 2) throw new FigureInputException($"correlation heatmap: the matrix has {n} feature(s); at least 2 are needed");
        style ??= FigureStyle.Default;
        int side = Math.Max(style.Width, 32 * n + 220);
        var canvas = new FigureCanvas(style with { Width = side, Height = Math.Max(style.Height, side - 60) });
        bool annotate = n <= MaxAnnotatedFeatures;
        var z = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => (double?)matrix.Coefficient(i, j)).ToArray()).ToArray();
        var text = z.Select(row => row.Select(v => annotate ? FigureCanvas.Number(v!.Value, 2) : "").ToArray()).ToArray();
        string method = matrix.Method == CorrelationMethod.Spearman ? "Spearman ρ" : "Pearson r";
        MatrixHeatmap.Draw(canvas, method, matrix.Names, z, text, Diverging, -1, 1, method);
        return canvas.ToChart(title);
    }
}
