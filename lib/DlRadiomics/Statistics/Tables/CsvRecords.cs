using System.Text;

namespace DlRadiomics.Statistics;

/// <summary>Minimal RFC 4180 reader: comma separator, double-quoted fields with "" escapes and embedded newlines.</summary>
internal static class CsvRecords
{
    /// <summary>Yields each record with the 1-based line on which it starts.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, string source)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1, c;
        bool quoted = false, any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else { if (c == '\n') line++; field.Append((char)c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0: field.Clear(); quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (start, fields.ToArray());
                    fields.Clear(); any = false; start = ++line;
                    break;
                default: field.Append((char)c); break;
            }
        }
        if (quoted) throw new DlRadiomicsException($"{source}, line {start}: a quoted field is not closed.");
        if (any) { fields.Add(field.ToString()); yield return (start, fields.ToArray()); }
    }
}
