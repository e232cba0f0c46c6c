using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DlRadiomics.Notebooks.Export;

/// <summary>
/// The subset of Markdown used in our notebooks' text cells: ATX headings, paragraphs, bullet and numbered lists,
/// fenced code, block quotes, pipe tables, inline code, bold, italic, links and images. Raw HTML is escaped.
/// </summary>
public static partial class MarkdownRenderer
{
    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")] private static partial Regex Heading();
    [GeneratedRegex(@"^\s*([-*+])\s+(.*)$")] private static partial Regex Bullet();
    [GeneratedRegex(@"^\s*\d+[.)]\s+(.*)$")] private static partial Regex Numbered();
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")] private static partial Regex TableRule();
    [GeneratedRegex(@"`([^`]+)`")] private static partial Regex InlineCode();
    [GeneratedRegex(@"\*\*(.+?)\*\*|__(.+?)__")] private static partial Regex Bold();
    [GeneratedRegex(@"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\*)|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")] private static partial Regex Italic();
    [GeneratedRegex(@"!\[([^\]]*)\]\(([^)\s]+)\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")] private static partial Regex Link();

    public static string ToHtml(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var html = new StringBuilder();
        var paragraph = new List<string>();
        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            html.Append("<p>").Append(Inline(string.Join(" ", paragraph))).Append("</p>\n");
            paragraph.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                FlushParagraph();
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++) code.Add(lines[i]);
                html.Append("<pre><code>").Append(WebUtility.HtmlEncode(string.Join("\n", code))).Append("</code></pre>\n");
            }
            else if (string.IsNullOrWhiteSpace(line)) FlushParagraph();
            else if (Heading().Match(line) is { Success: true } heading)
            {
                FlushParagraph();
                var level = heading.Groups[1].Length;
                html.Append($"<h{level}>").Append(Inline(heading.Groups[2].Value)).Append($"</h{level}>\n");
            }
            else if (line.Contains('|') && i + 1 < lines.Length && TableRule().IsMatch(lines[i + 1]))
            {
                FlushParagraph();
                html.Append("<table><thead><tr>");
                foreach (var cell in TableCells(line)) html.Append("<th>").Append(Inline(cell)).Append("</th>");
                html.Append("</tr></thead><tbody>\n");
                for (i += 2; i < lines.Length && lines[i].Contains('|'); i++)
                {
                    html.Append("<tr>");
                    foreach (var cell in TableCells(lines[i])) html.Append("<td>").Append(Inline(cell)).Append("</td>");
                    html.Append("</tr>\n");
                }
                i--;
                html.Append("</tbody></table>\n");
            }
            else if (Bullet().IsMatch(line) || Numbered().IsMatch(line))
            {
                FlushParagraph();
                var ordered = !Bullet().IsMatch(line);
                html.Append(ordered ? "<ol>\n" : "<ul>\n");
                for (; i < lines.Length && (ordered ? Numbered() : Bullet()).Match(lines[i]) is { Success: true } item; i++)
                    html.Append("<li>").Append(Inline(item.Groups[ordered ? 1 : 2].Value)).Append("</li>\n");
                i--;
                html.Append(ordered ? "</ol>\n" : "</ul>\n");
            }
            else if (line.TrimStart().StartsWith('>'))
            {
                FlushParagraph();
                var quote = new List<string>();
                for (; i < lines.Length && lines[i].TrimStart().StartsWith('>'); i++) quote.Add(lines[i].TrimStart()[1..].TrimStart());
                i--;
                html.Append("<blockquote>").Append(ToHtml(string.Join("\n", quote))).Append("</blockquote>\n");
            }
            else paragraph.Add(line.Trim());
        }
        FlushParagraph();
        return html.ToString();
    }

    private static IEnumerable<string> TableCells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim());

    private static string Inline(string text)
    {
        var codes = new List<string>();
        var encoded = WebUtility.HtmlEncode(InlineCode().Replace(text, m =>
        {
            codes.Add(m.Groups[1].Value);
            return $"\u0001{codes.Count - 1}\u0001";
        }));
        encoded = Image().Replace(encoded, "<img alt=\"$1\" src=\"$2\">");
        encoded = Link().Replace(encoded, "<a href=\"$2\">$1</a>");
        encoded = Bold().Replace(encoded, m => $"<strong>{m.Groups[1].Value}{m.Groups[2].Value}</strong>");
        encoded = Italic().Replace(encoded, m => $"<em>{m.Groups[1].Value}{m.Groups[2].Value}</em>");
        for (var k = 0; k < codes.Count; k++) encoded = encoded.Replace($"\u0001{k}\u0001", $"<code>{WebUtility.HtmlEncode(codes[k])}</code>");
        return encoded;
    }
}
