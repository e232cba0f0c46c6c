using System.Globalization;
using System.Text;

namespace DlRadiomics.Statistics;

/// <summary>Formatting shared by the statistics tables: p-values, CSV quoting and aligned plain-text rendering.</summary>
public static class TableText
{
    /// <summary>"&lt;0.001" below 0.001, otherwise three decimals (as the studies' tables).</summary>
    public static string PValue(double p) => p < 0.001 ? "<0.001" : p.ToString("F3", CultureInfo.InvariantCulture);

    public static string Number(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting when the field has a comma, quote or newline.</summary>
    public static string CsvField(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    public static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', header.Select(CsvField))).Append('\n');
        foreach (var r in rows) sb.Append(string.Join(',', r.Select(CsvField))).Append('\n');
        return sb.ToString();
    }

    /// <summary>Columns padded to their widest cell, a rule under the header; numbers and text left-aligned.</summary>
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        var width = header.Select((h, j) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => j < r.Count ? r[j].Length : 0))).ToArray();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            sb.Append(string.Join("  ", cells.Select((c, j) => c.PadRight(width[j]))).TrimEnd()).Append('\n');
        Line(header);
        sb.Append(string.Join("  ", width.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in all) Line(r);
        return sb.ToString();
    }
}
