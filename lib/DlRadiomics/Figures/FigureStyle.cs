namespace DlRadiomics.Figures;

/// <summary>
/// Look shared by every figure: font, size in pixels and a colour-blind-safe palette (Okabe &amp; Ito 2008, black
/// first reserved for references such as the chance line).
/// </summary>
/// <param name="FontFamily">CSS font family of all text.</param>
/// <param name="FontSize">Base font size in points; titles are 2 pt larger.</param>
/// <param name="Width">Figure width in pixels.</param>
/// <param name="Height">Figure height in pixels.</param>
/// <param name="Palette">Colours of the data series, used in order and then repeated.</param>
/// <param name="ReferenceColour">Colour of reference lines (chance diagonal, ideal calibration, treat-none, OR = 1).</param>
public sealed record FigureStyle(
    string FontFamily = "Arial, Helvetica, sans-serif",
    int FontSize = 14,
    int Width = 640,
    int Height = 560,
    IReadOnlyList<string>? Palette = null,
    string ReferenceColour = "#7f7f7f")
{
    /// <summary>Okabe–Ito colours without black and yellow (too light on white).</summary>
    public static IReadOnlyList<string> OkabeIto { get; } = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    public static FigureStyle Default { get; } = new();

    /// <summary>Colour of the <paramref name="index"/>-th series.</summary>
    public string Colour(int index)
    {
        var palette = Palette is { Count: > 0 } p ? p : OkabeIto;
        return palette[index % palette.Count];
    }
}
