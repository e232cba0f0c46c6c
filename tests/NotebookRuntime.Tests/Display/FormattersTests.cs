using DlRadiomics.Notebooks.Display;
using DlRadiomics.Notebooks.Export;

namespace DlRadiomics.Notebooks.Tests.Display;

public class FormattersTests
{
    private sealed record Measurement(string Feature, double Value);

    private sealed class Report
    {
        public string ToHtml() => "<b>report</b>";

        public override string ToString() => "report";
    }

    private sealed class Registered;

    private sealed class CsvResult
    {
        public string ToCsv() => "variable,p\n\"Age, years\",<0.001\nSex,\"0.5\"\"\"\n";

        public string ToText() => "aligned text";
    }

    [Fact]
    public void Registered_formatter_wins_over_conventions()
    {
        Formatters.Register<Registered>(_ => MimeBundle.FromText("mine").With("text/markdown", "**mine**"));
        var bundle = Formatters.Format(new Registered());
        Assert.Equal("**mine**", bundle.Data["text/markdown"]);
    }

    [Fact]
    public void A_ToHtml_method_gives_html_without_referencing_the_runtime()
    {
        var bundle = Formatters.Format(new Report());
        Assert.Equal(("report", "<b>report</b>"), (bundle.Text, bundle.Data[MimeBundle.Html]));
    }

    [Fact]
    public void ToCsv_and_ToText_methods_give_an_html_table_and_the_plain_text()
    {
        var bundle = Formatters.Format(new CsvResult());
        Assert.Equal("aligned text", bundle.Text);
        Assert.Equal("<table class=\"dlr-table\"><thead><tr><th>variable</th><th>p</th></tr></thead><tbody>" +
                     "<tr><td>Age, years</td><td>&lt;0.001</td></tr><tr><td>Sex</td><td>0.5&quot;</td></tr></tbody></table>",
            bundle.Data[MimeBundle.Html]);
    }

    [Fact]
    public void Sequences_of_records_become_html_tables_with_escaped_cells()
    {
        var bundle = Formatters.Format(new List<Measurement> { new("glcm_<Contrast>", 0.5), new("firstorder_Mean", 12) });
        Assert.Equal("<table class=\"dlr-table\"><thead><tr><th>Feature</th><th>Value</th></tr></thead><tbody>" +
                     "<tr><td>glcm_&lt;Contrast&gt;</td><td>0.5</td></tr><tr><td>firstorder_Mean</td><td>12</td></tr></tbody></table>",
            bundle.Data[MimeBundle.Html]);
    }

    [Fact]
    public void Numbers_use_invariant_culture_and_strings_stay_plain()
    {
        Assert.Equal("0.125", Formatters.Format(0.125).Text);
        Assert.False(Formatters.Format("text").Data.ContainsKey(MimeBundle.Html));
    }

    [Fact]
    public void Images_carry_png_and_svg_mime_types()
    {
        Assert.Equal(Convert.ToBase64String([137, 80, 78, 71]), Formatters.Format(new PngImage([137, 80, 78, 71])).Data[MimeBundle.Png]);
        Assert.Equal("<svg/>", Formatters.Format(new SvgImage("<svg/>")).Data[MimeBundle.Svg]);
    }

    [Fact]
    public void Markdown_renders_headings_lists_tables_code_and_escapes_html()
    {
        var html = MarkdownRenderer.ToHtml("# Table 2\n\nAge **median** and `IQR` <b>\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx < y\n```");
        Assert.Equal("<h1>Table 2</h1>\n<p>Age <strong>median</strong> and <code>IQR</code> &lt;b&gt;</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n" +
                     "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody></table>\n<pre><code>x &lt; y</code></pre>\n", html);
    }
}
