using System.Collections.Immutable;

namespace DlRadiomics.Notebooks.Display;

/// <summary>
/// One displayable value in several representations keyed by MIME type, as Jupyter's display_data carries it.
/// Values of JSON MIME types (<c>application/json</c>, <c>application/*+json</c>) hold JSON text; all others hold text
/// (binary types such as <c>image/png</c> hold base64).
/// </summary>
/// <param name="Data">MIME type → representation. Always contains <c>text/plain</c>.</param>
/// <param name="HtmlDependencies">Scripts or styles the <c>text/html</c> representation needs once per notebook
/// (e.g. plotly.js); a session prepends each to the first output that needs it and leaves it out afterwards.</param>
public sealed record MimeBundle(ImmutableDictionary<string, string> Data, ImmutableList<HtmlDependency> HtmlDependencies)
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";
    public const string PlotlyJson = "application/vnd.plotly.v1+json";

    public static MimeBundle FromText(string text) =>
        new(ImmutableDictionary<string, string>.Empty.Add(PlainText, text), ImmutableList<HtmlDependency>.Empty);

    /// <summary>Adds or replaces one representation.</summary>
    public MimeBundle With(string mimeType, string value) => this with { Data = Data.SetItem(mimeType, value) };

    /// <summary>Declares a once-per-notebook HTML dependency of the <c>text/html</c> representation.</summary>
    public MimeBundle WithHtmlDependency(string key, string html) =>
        HtmlDependencies.Any(d => d.Key == key) ? this : this with { HtmlDependencies = HtmlDependencies.Add(new HtmlDependency(key, html)) };

    public string Text => Data[PlainText];

    public static bool IsJsonMimeType(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));
}
