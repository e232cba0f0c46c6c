namespace DlRadiomics.Radiomics;

/// <summary>
/// A whole PyRadiomics parameter file: settings, enabled image types and enabled feature classes.
/// </summary>
/// <param name="Settings">The <c>setting</c> section.</param>
/// <param name="ImageTypes">Enabled image types in file order: Original, Square, SquareRoot, Logarithm, Exponential,
/// Gradient, Wavelet. Filter settings given for one image type are kept in <paramref name="Settings"/> (they only
/// affect that filter).</param>
/// <param name="FeatureClasses">Enabled classes in file order; a null list enables all the class's default features,
/// a list enables exactly the named features. Null means "all classes", as PyRadiomics does when the section is absent.</param>
public sealed record ExtractionParameters(
    RadiomicsSettings Settings,
    IReadOnlyList<string> ImageTypes,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>?>>? FeatureClasses)
{
    /// <summary>Default settings, the Original image and all feature classes.</summary>
    public static ExtractionParameters Default { get; } = new(RadiomicsSettings.Default, ["Original"], null);
}
