namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// The <c>shape2D</c> class for the extractor: <see cref="Shape2DFeatures"/> of the shape ROI in the plane orthogonal
/// to <c>force2Ddimension</c>. Images here are always 3-D (a 2-D file is one slice), so <c>force2D: true</c> is
/// required, as PyRadiomics requires it for 3-D input; the ROI must lie in one plane. SphericalDisproportion is
/// computed only when named.
/// </summary>
public sealed class Shape2DFeatureClass : IFeatureClass
{
    public string Name => "shape2D";

    public IReadOnlyList<string> DefaultFeatures => Shape2DFeatures.DefaultFeatures;

    public IReadOnlyList<string> ExtraFeatures => Shape2DFeatures.DeprecatedFeatures;

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var roi = input.ShapeVolume;
        var settings = input.Settings;
        if (!settings.Force2D)
            throw new RadiomicsSettingsException(
                "shape2D needs force2D: true, with force2Ddimension set to the out-of-plane axis (0 = z for axial slices)");
        return Shape2DFeatures.Compute(roi.Mask, roi.Size, roi.Spacing, settings.Force2DDimension);
    }
}
