using System.Text.Json;
using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Statistics.Selection;

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
        var table = CsvTable.Read(RepoPaths.Golden(Path.Combine("Statistics", "C", file))).EnsureRectangular();
        var columns = table.ColumnNames.Select(table.Numbers).ToArray();
        var features = columns[..^1];
        return new Table(table.ColumnNames.SkipLast(1).ToArray(),
            Enumerable.Range(0, table.RowCount).Select(i => features.Select(c => c[i]).ToArray()).ToArray(),
            columns[^1].Select(v => (int)v).ToArray());
    }
}
