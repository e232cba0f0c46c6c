using System.Globalization;
using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Statistics.RocAnalysis;

/// <summary>
/// Golden values written by the scripts in Golden/Statistics/B (rows: case, quantity, value) and the data sets
/// they were computed on.
/// </summary>
internal sealed class GoldenValues
{
    private readonly Dictionary<(string Case, string Quantity), string> _values;

    private GoldenValues(Dictionary<(string, string), string> values) => _values = values;

    public static GoldenValues R { get; } = Load("r_golden.csv");
    public static GoldenValues Python { get; } = Load("python_golden.csv");

    public static string File(string name) => RepoPaths.Golden(Path.Combine("Statistics", "B", name));

    public static CsvTable Table(string name) => CsvTable.Read(File(name)).EnsureRectangular();

    private static GoldenValues Load(string name)
    {
        var table = Table(name);
        var cases = table.Text("case");
        var quantities = table.Text("quantity");
        var values = table.Text("value");
        var map = new Dictionary<(string, string), string>();
        for (int i = 0; i < table.RowCount; i++) map[(cases[i], quantities[i])] = values[i];
        return new GoldenValues(map);
    }

    public bool Has(string @case, string quantity) => _values.ContainsKey((@case, quantity));

    public string Text(string @case, string quantity) =>
        _values.TryGetValue((@case, quantity), out var v) ? v : throw new KeyNotFoundException($"golden value {@case}/{quantity} is missing; re-run the golden scripts");

    public double Number(string @case, string quantity)
    {
        string t = Text(@case, quantity);
        return t switch
        {
            "Inf" or "inf" => double.PositiveInfinity,
            "-Inf" or "-inf" => double.NegativeInfinity,
            _ => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    public IEnumerable<string> Cases(string prefix) =>
        _values.Keys.Select(k => k.Case).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Distinct();
}

internal static class Close
{
    /// <summary>Asserts |actual − expected| ≤ rel·|expected| (or ≤ absolute when expected is ~0; infinities must match).</summary>
    public static void Relative(double expected, double actual, double rel = 1e-6, double absolute = 1e-12, string what = "")
    {
        if (double.IsInfinity(expected)) { Assert.Equal(expected, actual); return; }
        double tolerance = Math.Max(rel * Math.Abs(expected), absolute);
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tolerance:G3})");
    }
}
