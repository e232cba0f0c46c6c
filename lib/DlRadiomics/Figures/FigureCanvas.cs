using System.Globalization;
using Plotly.NET;

namespace DlRadiomics.Figures;

/// <summary>
/// Collects plotly.js traces, shapes and annotations as plain property maps and turns them into a
/// <see cref="GenericChart"/> with the <see cref="FigureStyle"/> applied, so each figure states exactly the plotly.js
/// attributes it uses.
/// </summary>
internal sealed class FigureCanvas(FigureStyle style)
{
    private readonly List<Trace> _traces = [];
    private readonly List<object> _shapes = [];
    private readonly List<object> _annotations = [];
    private readonly Dictionary<string, object> _layout = new(StringComparer.Ordinal);

    public FigureStyle Style { get; } = style;

    /// <summary>Adds a trace of plotly.js type <paramref name="type"/> with the given attributes.</summary>
    public void Trace(string type, IReadOnlyDictionary<string, object> attributes)
    {
        var trace = new Trace2D(type);
        foreach (var (key, value) in attributes) trace.SetProperty(key, value);
        _traces.Add(trace);
    }

    /// <summary>A straight reference line in data coordinates (drawn below the traces).</summary>
    public void Line(double x0, double y0, double x1, double y1, string colour, string dash = "dash", string xref = "x", string yref = "y") =>
        _shapes.Add(new Dictionary<string, object>
        {
            ["type"] = "line", ["x0"] = x0, ["y0"] = y0, ["x1"] = x1, ["y1"] = y1, ["xref"] = xref, ["yref"] = yref, ["layer"] = "below",
            ["line"] = new Dictionary<string, object> { ["color"] = colour, ["width"] = 1.5, ["dash"] = dash },
        });

    /// <summary>A small label just right of data x position <paramref name="x"/>, its top at <paramref name="y"/> in paper coordinates.</summary>
    public void Caption(string text, double x, double y) =>
        _annotations.Add(new Dictionary<string, object>
        {
            ["text"] = text, ["x"] = x, ["y"] = y, ["xref"] = "x", ["yref"] = "paper", ["xanchor"] = "left", ["yanchor"] = "top", ["xshift"] = 3,
            ["bgcolor"] = "rgba(255,255,255,0.85)",
            ["showarrow"] = false, ["font"] = new Dictionary<string, object> { ["size"] = Style.FontSize - 3 },
        });

    /// <summary>Sets a top-level layout attribute (e.g. "xaxis", "legend", "boxmode").</summary>
    public void Layout(string key, object value) => _layout[key] = value;

    /// <summary>An axis with a title, plain white background conventions and optional range.</summary>
    public static Dictionary<string, object> Axis(string title, double[]? range = null, string? type = null, bool zeroLine = false)
    {
        var axis = new Dictionary<string, object>
        {
            ["title"] = new Dictionary<string, object> { ["text"] = title },
            ["showline"] = true, ["linecolor"] = "#444444", ["mirror"] = false, ["ticks"] = "outside",
            ["showgrid"] = false, ["zeroline"] = zeroLine, ["automargin"] = true,
        };
        if (range is not null) axis["range"] = range;
        if (type is not null) axis["type"] = type;
        return axis;
    }

    /// <summary>Line attributes.</summary>
    public static Dictionary<string, object> Stroke(string colour, double width = 2.0, string dash = "solid") =>
        new() { ["color"] = colour, ["width"] = width, ["dash"] = dash };

    /// <summary>Fixed decimals, invariant culture, and no "−0.00" for values that round to zero.</summary>
    public static string Number(double value, int decimals)
    {
        string text = value.ToString("F" + decimals, CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.Trim('-', '0', '.').Length == 0 ? text[1..] : text;
    }

    public GenericChart ToChart(string? title)
    {
        if (_traces.Count == 0) throw new FigureInputException("the figure has no data to draw");
        var layout = new Plotly.NET.Layout();
        layout.SetProperty("width", Style.Width);
        layout.SetProperty("height", Style.Height);
        layout.SetProperty("font", new Dictionary<string, object> { ["family"] = Style.FontFamily, ["size"] = Style.FontSize, ["color"] = "#222222" });
        layout.SetProperty("paper_bgcolor", "white");
        layout.SetProperty("plot_bgcolor", "white");
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 70, ["r"] = 30, ["t"] = title is null ? 30 : 60, ["b"] = 60 });
        if (title is not null)
            layout.SetProperty("title", new Dictionary<string, object> { ["text"] = title, ["x"] = 0.5, ["font"] = new Dictionary<string, object> { ["size"] = Style.FontSize + 2 } });
        if (_shapes.Count > 0) layout.SetProperty("shapes", _shapes.ToArray());
        if (_annotations.Count > 0) layout.SetProperty("annotations", _annotations.ToArray());
        foreach (var (key, value) in _layout) layout.SetProperty(key, value);
        var chart = GenericChart.combine(_traces.Select(t => GenericChart.ofTraceObject(true, t)));
        return GenericChart.setLayout(layout, chart);
    }
}
