using System.Text.Json;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Statistics.HypothesisTests;

/// <summary>Reads the golden files of Golden/Statistics/A (made by make_golden_python.py and make_golden_r.R).</summary>
internal static class StatisticsGolden
{
    private static readonly Lazy<JsonElement> PythonRoot = new(() => Load("python_golden.json"));
    private static readonly Lazy<JsonElement> RRoot = new(() => Load("r_golden.json"));

    public static JsonElement Python => PythonRoot.Value;
    public static JsonElement R => RRoot.Value;

    public static string Path(string file) => RepoPaths.Golden(System.IO.Path.Combine("Statistics", "A", file));

    public static DataFrame Data(string file) => DataTableLoader.Load(Path(file));

    /// <summary>The root of a golden JSON file of Statistics/A.</summary>
    public static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(Path(file))).RootElement;

    public static IEnumerable<object[]> Cases(JsonElement root, string section) =>
        root.GetProperty(section).EnumerateArray().Select(e => new object[] { e.GetProperty("name").GetString()! });

    public static JsonElement Case(JsonElement root, string section, string name) =>
        root.GetProperty(section).EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    public static double[] Doubles(this JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double[] Doubles(this JsonElement e, string property) => e.GetProperty(property).Doubles();

    public static double Number(this JsonElement e, string property) => e.GetProperty(property).GetDouble();

    public static long[,] Table(this JsonElement e, string property)
    {
        var rows = e.GetProperty(property).EnumerateArray().Select(r => r.Doubles()).ToArray();
        var t = new long[rows.Length, rows[0].Length];
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < rows[0].Length; j++) t[i, j] = (long)rows[i][j];
        return t;
    }

    /// <summary>|actual − expected| ≤ relative·|expected| + absolute.</summary>
    public static void Close(double expected, double actual, double relative = 1e-6, double absolute = 1e-12, string what = "")
    {
        double tolerance = relative * Math.Abs(expected) + absolute;
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tolerance:G3})");
    }
}
