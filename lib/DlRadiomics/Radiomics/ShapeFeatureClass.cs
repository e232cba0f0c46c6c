using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics <c>shape</c> as a feature class: <see cref="ShapeFeatures"/> on the ROI mask cropped to its bounding box
/// (the mask before re-segmentation unless <c>resegmentShape</c>). Independent of intensities and discretisation.
/// </summary>
public sealed class ShapeFeatureClass : IFeatureClass
{
    public string Name => "shape";

    public IReadOnlyList<string> DefaultFeatures { get; } = ShapeFeatures.DefaultFeatures.Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> ExtraFeatures => ShapeFeatures.DeprecatedFeatures;

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var v = input.ShapeVolume;
        return ShapeFeatures.Compute(v.Mask, v.Size, v.Spacing);
    }
}
