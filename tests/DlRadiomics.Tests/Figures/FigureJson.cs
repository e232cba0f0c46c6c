using System.Text.Json;
using DlRadiomics.Statistics.Tables;
using Plotly.NET;

namespace DlRadiomics.Tests.Figures;

/// <summary>Reads a figure's plotly.js JSON and the golden data sets the figures are drawn from.</summary>
internal static class FigureJson
{
    public static JsonElement Parse(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    public static JsonElement[] Traces(this JsonElement figure) => figure.GetProperty("data").EnumerateArray().ToArray();

    public static JsonElement Trace(this JsonElement figure, string name) =>
        figure.Traces().Single(t => t.TryGetProperty("name", out var n) && n.GetString() == name);

    public static double[] Numbers(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static string[] Strings(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToArray();

    public static JsonElement[] Shapes(this JsonElement figure) =>
        figure.GetProperty("layout").TryGetProperty("shapes", out var s) ? s.EnumerateArray().ToArray() : [];

    /// <summary>pROC's aSAH data (columns poor, male, age, wfns, s100b, ndka).</summary>
    public static Microsoft.Data.Analysis.DataFrame Asah() => DataTableLoader.Load(RepoPaths.Golden("Statistics/B/asah.csv"));

    public static double[] Column(this Microsoft.Data.Analysis.DataFrame df, string name) =>
        Enumerable.Range(0, (int)df.Rows.Count).Select(r => Convert.ToDouble(df[name][r])).ToArray();

    public static int[] Outcome(this Microsoft.Data.Analysis.DataFrame df, string name) =>
        df.Column(name).Select(v => (int)v).ToArray();
}
