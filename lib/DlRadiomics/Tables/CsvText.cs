using System.Text;

namespace DlRadiomics.Tables;

/// <summary>Writing CSV that <see cref="CsvRecordReader"/> (and R, pandas, Excel) read back unchanged.</summary>
public static class CsvText
{
    /// <summary>The field as written: RFC 4180 quoting when it holds a comma, quote or line break.</summary>
    public static string Field(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <summary>A header line and one line per row, each ended by <c>\n</c>.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', header.Select(Field)).Append('\n');
        foreach (var r in rows) sb.AppendJoin(',', r.Select(Field)).Append('\n');
        return sb.ToString();
    }
}
