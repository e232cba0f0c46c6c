using System.Globalization;
using System.Text.Json;

namespace DlRadiomics.Tests.Statistics;

/// <summary>The WDBC tables and reference values written by Golden/Statistics/C/make_golden_*.</summary>
internal static class WdbcGolden
{
    public sealed record Table(string[] Names, double[][] X, int[] Y);

    public static Table Raw { get; } = Read("wdbc_raw.csv");
    public static Table Standardized { get; } = Read("wdbc_standardized.csv");

    public static JsonElement Json(string file) =>
        JsonDocument.Parse(File.ReadAllText(RepoPaths.Golden(Path.Combine("Statistics", "C", file)))).RootElement;

    public static double[] Vector(this JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();
    public static int[] Ints(this JsonElement e) => e.EnumerateArray().Select(v => v.GetInt32()).ToArray();
    public static double[][] Matrix(this JsonElement e) => e.EnumerateArray().Select(Vector).ToArray();

    public static void Close(double expected, double actual, double relative, string what)
    {
        double tol = relative * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tol, $"{what}: expected {expected:R}, got {actual:R} (|diff| {Math.Abs(expected - actual):E2} > {tol:E2})");
    }

    public static void Close(double[] expected, double[] actual, double relative, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Close(expected[i], actual[i], relative, $"{what}[{i}]");
    }

    private static Table Read(string file)
    {
        var lines = File.ReadAllLines(RepoPaths.Golden(Path.Combine("Statistics", "C", file)));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return new Table(header[..^1], rows.Select(r => r[..^1]).ToArray(), rows.Select(r => (int)r[^1]).ToArray());
    }
}
