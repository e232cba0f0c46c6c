using System.Globalization;
using System.Text;

namespace DlRadiomics.Tests.Radiomics;

/// <summary>
/// Reads PyRadiomics' <c>baseline_&lt;class&gt;.csv</c> files: one column per configuration (<c>brain1</c>,
/// <c>brain1_2d</c>, …), the row <c>diagnostics_Configuration_Settings</c> holding that configuration's settings as a
/// Python dict literal, and one row per <c>original_*</c> feature. <c>baseline_corrections.csv</c> replaces the values it
/// lists (stale values in PyRadiomics' file, see the reference README).
/// </summary>
public sealed record PyRadiomicsBaseline(string FeatureClass, string Configuration, string Case, string SettingsJson, IReadOnlyDictionary<string, double> Expected)
{
    public static IReadOnlyList<PyRadiomicsBaseline> Load(string directory)
    {
        var corrections = ReadCorrections(Path.Combine(directory, "baseline_corrections.csv"));
        var result = new List<PyRadiomicsBaseline>();
        foreach (var file in Directory.GetFiles(directory, "baseline_*.csv").Order(StringComparer.Ordinal))
        {
            string cls = Path.GetFileNameWithoutExtension(file)["baseline_".Length..];
            if (cls == "corrections") continue;
            var rows = File.ReadAllLines(file).Select(ParseCsvLine).ToArray();
            var header = rows[0];
            for (int c = 1; c < header.Length; c++)
            {
                string config = header[c];
                string? settings = null;
                var expected = new Dictionary<string, double>();
                string caseName = config.Split('_')[0]; // brain1_2d, brain1_shape2D, … are configurations of brain1
                foreach (var row in rows.Skip(1))
                {
                    if (row[0] == "diagnostics_Configuration_Settings") settings = row[c];
                    else if (row[0].StartsWith("original_", StringComparison.Ordinal) && row[c] != "")
                        expected[row[0]] = double.Parse(row[c], CultureInfo.InvariantCulture);
                }
                foreach (var (feature, value) in corrections.GetValueOrDefault(config, []))
                    if (expected.ContainsKey(feature)) expected[feature] = value;
                result.Add(new PyRadiomicsBaseline(cls, config, caseName, PythonLiteralToJson(settings!), expected));
            }
        }
        return result;
    }

    /// <summary>The parameter file (JSON, valid YAML) this configuration corresponds to, enabling only its class.</summary>
    public string ParameterFileText => $"{{\"setting\": {SettingsJson}, \"imageType\": {{\"Original\": {{}}}}, \"featureClass\": {{\"{FeatureClass}\": null}}}}";

    private static Dictionary<string, List<(string, double)>> ReadCorrections(string path)
    {
        var map = new Dictionary<string, List<(string, double)>>();
        if (!File.Exists(path)) return map;
        foreach (var row in File.ReadAllLines(path).Skip(1).Select(ParseCsvLine))
        {
            if (!map.TryGetValue(row[1], out var list)) map[row[1]] = list = [];
            list.Add((row[0], double.Parse(row[3], CultureInfo.InvariantCulture)));
        }
        return map;
    }

    /// <summary>A Python dict literal of numbers, strings, booleans, None and lists as JSON.</summary>
    internal static string PythonLiteralToJson(string literal)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < literal.Length; i++)
        {
            char ch = literal[i];
            if (ch == '\'')
            {
                int end = literal.IndexOf('\'', i + 1);
                sb.Append('"').Append(literal, i + 1, end - i - 1).Append('"');
                i = end;
            }
            else if (char.IsLetter(ch))
            {
                int end = i;
                while (end < literal.Length && char.IsLetter(literal[end])) end++;
                string word = literal[i..end];
                sb.Append(word switch { "True" => "true", "False" => "false", "None" => "null", _ => word });
                i = end - 1;
            }
            else if (ch == '(') sb.Append('[');
            else if (ch == ')') sb.Append(']');
            else sb.Append(ch);
        }
        return sb.ToString();
    }

    internal static string[] ParseCsvLine(string line) => DlRadiomics.Radiomics.Batch.ExtractionManifest.SplitCsvLine(line);
}
