using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Tables;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// Heatmap of pairwise DeLong test p-values between models (the papers' DeLong comparison figure): a symmetric
/// matrix, the diagonal left blank, each cell showing p (3 decimals, "&lt;0.001" below) with darker colours for
/// smaller p.
/// </summary>
public static class DeLongHeatmap
{
    private static readonly object[][] Scale = [[0.0, "#08306b"], [0.05, "#2171b5"], [0.2, "#6baed6"], [1.0, "#f7fbff"]];

    /// <param name="tests">Results of <see cref="Discrimination.CompareAll"/> (or any named pairs).</param>
    /// <exception cref="FigureInputException">No test, or the same pair given twice with different p-values.</exception>
    /// <param name="title">Figure title, or null for none.</param>
    /// <param name="style">Look of the figure; <see cref="FigureStyle.Default"/> when null.</param>
    public static GenericChart Create(IReadOnlyList<NamedDeLongTest> tests, string? title = null, FigureStyle? style = null)
    {
        if (tests.Count == 0) throw new FigureInputException("DeLong heatmap: no tests given; compare at least two models (Discrimination.CompareAll)");
        var names = tests.SelectMany(t => new[] { t.First, t.Second }).Distinct(StringComparer.Ordinal).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        int n = names.Length;
        var z = Enumerable.Range(0, n).Select(_ => new double?[n]).ToArray();
        foreach (var t in tests)
        {
            int i = index[t.First], j = index[t.Second];
            if (i == j) throw new FigureInputException($"DeLong heatmap: a test compares '{t.First}' with itself");
            if (z[i][j] is { } earlier && earlier != t.Test.PValue)
                throw new FigureInputException($"DeLong heatmap: '{t.First}' vs '{t.Second}' is given twice with p = {earlier} and {t.Test.PValue}");
            z[i][j] = z[j][i] = t.Test.PValue;
        }
        var text = z.Select(row => row.Select(p => p is { } v ? TableText.PValue(v) : "").ToArray()).ToArray();
        style ??= FigureStyle.Default;
        int side = Math.Max(style.Width, 90 * n + 220);
        var canvas = new FigureCanvas(style with { Width = side, Height = Math.Max(style.Height, side - 60) });
        MatrixHeatmap.Draw(canvas, "DeLong p", names, z, text, Scale, 0, 1, "p (DeLong)");
        return canvas.ToChart(title);
    }
}
