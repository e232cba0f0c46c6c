using System.Globalization;
using System.Text.RegularExpressions;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Tests.Radiomics.Shape;

/// <summary>
/// One PyRadiomics baseline file (<c>baseline_&lt;class&gt;.csv</c>): rows are features and diagnostics, columns are
/// configurations. Values of <c>baseline_corrections.csv</c> replace stale entries.
/// </summary>
internal sealed class ShapeBaseline
{
    private readonly Dictionary<string, Dictionary<string, string>> _columns = new();

    public IReadOnlyList<string> Configurations { get; }

    private ShapeBaseline(string path, string correctionsPath)
    {
        var lines = File.ReadAllLines(path).Select(SplitCsvLine).ToArray();
        var header = lines[0];
        Configurations = header.Skip(1).ToArray();
        foreach (var c in Configurations) _columns[c] = new Dictionary<string, string>();
        foreach (var row in lines.Skip(1))
            for (int c = 1; c < row.Length; c++) _columns[header[c]][row[0]] = row[c];

        var corrections = File.ReadAllLines(correctionsPath).Select(SplitCsvLine).ToArray();
        int feature = Array.IndexOf(corrections[0], "featureName"), configuration = Array.IndexOf(corrections[0], "configuration");
        int current = Array.IndexOf(corrections[0], "current_pyradiomics_value");
        foreach (var row in corrections.Skip(1))
            if (_columns.TryGetValue(row[configuration], out var column) && column.ContainsKey(row[feature]))
                column[row[feature]] = row[current];
    }

    /// <summary>Fields of one CSV line (RFC 4180 quoting; the baseline files have no line breaks inside fields).</summary>
    private static string[] SplitCsvLine(string line) => DlRadiomics.Radiomics.Batch.ExtractionManifest.SplitCsvLine(line);

    /// <summary>Computes the 3-D shape features of <paramref name="label"/> in <paramref name="mask"/> and compares all 14 with the baseline column.</summary>
    public void AssertShapeMatches(string configuration, LabelMask mask, int label)
    {
        var actual = ShapeFeatures.Compute(mask.Labels.Select(l => l == label).ToArray(), mask.Size, mask.Geometry.Spacing);
        var expected = Features(configuration, "original_shape_");
        Assert.Equal(14, expected.Count);
        foreach (var (name, value) in expected) AssertClose($"{configuration} {name}", value, actual[name]);
    }

    public static ShapeBaseline Load(string featureClass) => new(
        SharedData.Path($"reference/pyradiomics/baseline_{featureClass}.csv"),
        SharedData.Path("reference/pyradiomics/baseline_corrections.csv"));

    /// <summary>Feature values of a configuration whose row name starts with <paramref name="prefix"/>, prefix removed.</summary>
    public IReadOnlyDictionary<string, double> Features(string configuration, string prefix) =>
        _columns[configuration].Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal) && kv.Value.Length > 0)
            .ToDictionary(kv => kv.Key[prefix.Length..], kv => double.Parse(kv.Value, CultureInfo.InvariantCulture));

    public string Diagnostic(string configuration, string name) => _columns[configuration]["diagnostics_" + name];

    /// <summary>The value of <paramref name="key"/> in the Python-dict settings row, or null when absent or None.</summary>
    public string? Setting(string configuration, string key)
    {
        var m = Regex.Match(Diagnostic(configuration, "Configuration_Settings"), $"'{key}': (\\[[^\\]]*\\]|'[^']*'|[^,}}]+)");
        if (!m.Success || m.Groups[1].Value == "None") return null;
        return m.Groups[1].Value.Trim('\'');
    }

    /// <summary>The case name of a configuration (brain1_resampling → brain1).</summary>
    public static string Case(string configuration) => configuration.Split('_')[0];

    /// <summary>Relative 1e-6, absolute 1e-9 near zero: the agreement the issue asks for.</summary>
    public static void AssertClose(string what, double expected, double actual)
    {
        double tolerance = Math.Max(1e-9, 1e-6 * Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(expected - actual) / Math.Abs(expected):E2})");
    }
}
