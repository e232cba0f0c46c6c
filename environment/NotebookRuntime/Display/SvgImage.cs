namespace DlRadiomics.Notebooks.Display;

/// <summary>An SVG picture to display: <c>display(new SvgImage(markup))</c>.</summary>
public sealed record SvgImage(string Markup)
{
    public static SvgImage FromFile(string path) => new(File.ReadAllText(path));

    public MimeBundle ToMimeBundle() => MimeBundle.FromText("<SVG image>").With(MimeBundle.Svg, Markup);
}
