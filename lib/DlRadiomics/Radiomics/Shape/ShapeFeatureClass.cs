namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// The <c>shape</c> class for the extractor: <see cref="ShapeFeatures"/> of the shape ROI (the mask before
/// re-segmentation unless <c>resegmentShape</c>). Compactness1, Compactness2 and SphericalDisproportion are computed
/// only when named, as in PyRadiomics.
/// </summary>
public sealed class ShapeFeatureClass : IFeatureClass
{
    public string Name => "shape";

    public IReadOnlyList<string> DefaultFeatures => ShapeFeatures.DefaultFeatures;

    public IReadOnlyList<string> ExtraFeatures => ShapeFeatures.DeprecatedFeatures;

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var roi = input.ShapeVolume;
        return ShapeFeatures.Compute(roi.Mask, roi.Size, roi.Spacing);
    }
}
