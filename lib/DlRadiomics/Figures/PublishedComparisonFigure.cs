using DlRadiomics.Cohort;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace DlRadiomics.Figures;

/// <summary>
/// Published versus reproduced baseline-table cells: one panel for means (log–log, variables span 2 to 2000) and one
/// for percentages, each with the identity line. Cells outside tolerance are drawn as crosses and named on hover.
/// </summary>
public static class PublishedComparisonFigure
{
    public static GenericChart Create(IReadOnlyList<PublishedCellComparison> cells)
    {
        if (cells.Count == 0) throw new ArgumentException("no compared cells to draw", nameof(cells));
        var panels = new[]
        {
            Panel(cells.Where(c => c.Statistic == "mean").ToArray(), "mean", log: true),
            Panel(cells.Where(c => c.Statistic == "%").ToArray(), "percentage", log: false),
        };
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(
            Chart.Grid(panels, 1, 2, SubPlotTitles: new[] { "Means: paper vs reproduced", "Percentages: paper vs reproduced" }, XGap: 0.12),
            Width: 960, Height: 460);
    }

    private static GenericChart Panel(PublishedCellComparison[] cells, string what, bool log)
    {
        if (cells.Length == 0) return Chart.Point<double, double, string>(x: Array.Empty<double>(), y: Array.Empty<double>(), Name: what);
        double lo = cells.Min(c => Math.Min(c.Published, c.Observed)), hi = cells.Max(c => Math.Max(c.Published, c.Observed));
        if (log) lo = Math.Max(lo, 1e-3);
        static string Label(PublishedCellComparison c) =>
            $"{c.Variable}{(c.Level is null ? "" : " = " + c.Level)} ({c.Column}): paper {c.Published:G4}, ours {c.Observed:G4}";
        var traces = new List<GenericChart>
        {
            Chart.Line<double, double, string>(x: [lo, hi], y: [lo, hi], Name: "identity", ShowLegend: false,
                LineColor: Color.fromString("#999999"), LineDash: StyleParam.DrawingStyle.Dash),
        };
        foreach (var within in new[] { true, false })
        {
            var subset = cells.Where(c => c.WithinTolerance == within).ToArray();
            if (subset.Length == 0) continue;
            traces.Add(Chart.Point<double, double, string>(
                x: subset.Select(c => c.Published), y: subset.Select(c => c.Observed),
                Name: within ? $"{what}: within tolerance" : $"{what}: outside tolerance",
                MultiText: subset.Select(Label).ToArray(),
                MarkerColor: Color.fromString(within ? "#0072B2" : "#D55E00"),
                MarkerSymbol: within ? StyleParam.MarkerSymbol.Circle : StyleParam.MarkerSymbol.X));
        }
        var chart = Chart.Combine(traces);
        var axisType = log ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear;
        return Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<string, string, string>(
            Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<string, string, string>(chart, TitleText: $"paper ({what})", AxisType: axisType),
            TitleText: $"reproduced ({what})", AxisType: axisType);
    }
}
