namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// Settings of PyRadiomics' derived image types (from the <c>setting</c> section or the image type's own mapping).
/// </summary>
/// <param name="Sigma">LoG σ values in mm, as PyRadiomics prints them (<c>"1.0"</c>, <c>"3"</c>): the text names the image.</param>
/// <param name="Wavelet">Wavelet name (<c>wavelet</c>, default coif1).</param>
/// <param name="Level">Wavelet levels returned (<c>level</c>, default 1).</param>
/// <param name="StartLevel">Wavelet levels skipped first (<c>start_level</c>, default 0).</param>
/// <param name="GradientUseSpacing">Gradient in mm rather than voxels (<c>gradientUseSpacing</c>, default true).</param>
/// <param name="Force2D">2-D extraction: the wavelet leaves out axis <paramref name="Force2DDimension"/>.</param>
/// <param name="Force2DDimension">Out-of-plane axis in array order (0 = z, 1 = y, 2 = x); LBP2D's slices are
/// orthogonal to it whether or not <paramref name="Force2D"/> is set.</param>
/// <param name="Lbp2DRadius">LBP2D circle radius in voxels (<c>lbp2DRadius</c>, default 1).</param>
/// <param name="Lbp2DSamples">LBP2D samples on the circle (<c>lbp2DSamples</c>, default 8).</param>
/// <param name="Lbp2DMethod">LBP2D method (<c>lbp2DMethod</c>, default uniform).</param>
public sealed record ImageTypeOptions(
    IReadOnlyList<string>? Sigma = null,
    string Wavelet = "coif1",
    int Level = 1,
    int StartLevel = 0,
    bool GradientUseSpacing = true,
    bool Force2D = false,
    int Force2DDimension = 0,
    double Lbp2DRadius = 1,
    int Lbp2DSamples = 8,
    LocalBinaryPatternMethod Lbp2DMethod = LocalBinaryPatternMethod.Uniform)
{
    /// <summary>The filter settings of a parameter file's <c>setting</c> section.</summary>
    public static ImageTypeOptions From(RadiomicsSettings s) =>
        new(s.Sigma, s.Wavelet, s.WaveletLevel, s.WaveletStartLevel, s.GradientUseSpacing, s.Force2D, s.Force2DDimension,
            s.Lbp2DRadius, s.Lbp2DSamples, s.Lbp2DMethod);
}
