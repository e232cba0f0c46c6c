using System.Text;

namespace DlRadiomics.Tables;

/// <summary>
/// The one RFC 4180 reader of the library: comma separator, double-quoted fields with <c>""</c> escapes, embedded
/// commas and line breaks, LF or CRLF line ends. Blank lines (empty or only spaces) are skipped.
/// </summary>
/// <remarks>
/// A quote opens a quoted field only at the start of a field (spaces before it are dropped); elsewhere it is kept as
/// text. Text after the closing quote is appended to the field. A byte-order mark is the caller's reader's business
/// (<see cref="StreamReader"/> drops it).
/// </remarks>
public static class CsvRecordReader
{
    /// <summary>Yields each record with the file line on which it starts.</summary>
    /// <exception cref="CsvTableException">A quoted field is never closed.</exception>
    public static IEnumerable<CsvRecord> Read(TextReader reader, string source)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1, c;
        bool inQuotes = false, fieldWasQuoted = false, recordWasQuoted = false;
        while ((c = reader.Read()) >= 0)
        {
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else { if (c == '\n') line++; field.Append((char)c); }
                continue;
            }
            switch (c)
            {
                case '"' when !fieldWasQuoted && IsBlank(field):
                    field.Clear(); inQuotes = fieldWasQuoted = recordWasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString()); field.Clear(); fieldWasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (Complete(fields, field, recordWasQuoted) is { } record) yield return new CsvRecord(start, record);
                    field.Clear(); fieldWasQuoted = recordWasQuoted = false;
                    start = ++line;
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
        if (inQuotes) throw new CsvTableException(source, start, $"a quoted field opened on line {start} is never closed");
        if (Complete(fields, field, recordWasQuoted) is { } last) yield return new CsvRecord(start, last);
    }

    /// <summary>The finished record, or null for a blank line.</summary>
    private static string[]? Complete(List<string> fields, StringBuilder field, bool quoted)
    {
        bool blank = fields.Count == 0 && !quoted && IsBlank(field);
        fields.Add(field.ToString());
        var record = blank ? null : fields.ToArray();
        fields.Clear();
        return record;
    }

    private static bool IsBlank(StringBuilder text)
    {
        for (int i = 0; i < text.Length; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
