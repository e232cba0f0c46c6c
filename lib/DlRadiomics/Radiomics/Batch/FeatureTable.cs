using System.Globalization;
using System.Text;
using DlRadiomics.Tables;

namespace DlRadiomics.Radiomics.Batch;

/// <summary>
/// Writes extraction outcomes as one CSV row per case: <c>ID</c>, <c>Image</c>, <c>Mask</c>, <c>Label</c>, the diagnostics,
/// the features (columns in order of first appearance), and an <c>error</c> column when any case failed. The file is
/// written beside the target under a temporary name and renamed at the end, so an interrupted run never leaves a
/// truncated table under the final name.
/// </summary>
public static class FeatureTable
{
    public static void Write(string path, IReadOnlyList<CaseOutcome> outcomes, bool overwrite) =>
        AtomicFile.Write(path, overwrite, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            Write(writer, outcomes);
        });

    public static void Write(TextWriter writer, IReadOnlyList<CaseOutcome> outcomes)
    {
        var diagnostics = new List<string>();
        var features = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in outcomes.Where(o => o.Result is not null))
        {
            foreach (var d in o.Result!.Diagnostics) if (seen.Add(d.Key)) diagnostics.Add(d.Key);
            foreach (var f in o.Result.Features) if (seen.Add(f.Key)) features.Add(f.Key);
        }
        bool anyError = outcomes.Any(o => o.Failed);
        var header = new List<string> { "ID", "Image", "Mask", "Label" };
        header.AddRange(diagnostics);
        header.AddRange(features);
        if (anyError) header.Add("error");
        writer.WriteLine(string.Join(",", header.Select(Quote)));

        foreach (var o in outcomes)
        {
            var d = o.Result?.Diagnostics.ToDictionary(kv => kv.Key, kv => kv.Value) ?? [];
            var f = o.Result?.Features.ToDictionary(kv => kv.Key, kv => kv.Value) ?? [];
            var row = new List<string> { o.Case.Id, o.Case.ImagePath, o.Case.MaskPath, o.Case.Label?.ToString(CultureInfo.InvariantCulture) ?? "" };
            row.AddRange(diagnostics.Select(k => d.GetValueOrDefault(k, "")));
            row.AddRange(features.Select(k => f.TryGetValue(k, out double v) ? v.ToString("R", CultureInfo.InvariantCulture) : ""));
            if (anyError) row.Add(o.Error ?? "");
            writer.WriteLine(string.Join(",", row.Select(Quote)));
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
