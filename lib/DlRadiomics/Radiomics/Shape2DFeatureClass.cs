using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics <c>shape2D</c> as a feature class: <see cref="Shape2DFeatures"/> of a ROI that is one voxel thick along
/// <c>force2Ddimension</c>; as in PyRadiomics it needs <c>force2D: true</c> (or a 2-D image).
/// </summary>
public sealed class Shape2DFeatureClass : IFeatureClass
{
    public string Name => "shape2D";

    public IReadOnlyList<string> DefaultFeatures { get; } = Shape2DFeatures.DefaultFeatures.Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> ExtraFeatures => Shape2DFeatures.DeprecatedFeatures;

    public IReadOnlyDictionary<string, string> DeprecatedFeatures { get; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> Compute(FeatureInput input)
    {
        var v = input.ShapeVolume;
        var s = input.Settings;
        int dimension = v.Size.Z == 1 && !s.Force2D ? 0 : s.Force2DDimension;
        if (!s.Force2D && v.Size.Z > 1)
            throw new RoiException(RoiProblem.TooFewDimensions, "shape2D needs force2D: true (or a 2-D image); the ROI spans several slices");
        // Array order (z, y, x): the out-of-plane axis must be one voxel thick; the faster remaining axis is the width.
        var (thickness, width, height, sw, sh) = dimension switch
        {
            0 => (v.Size.Z, v.Size.X, v.Size.Y, v.Spacing.X, v.Spacing.Y),
            1 => (v.Size.Y, v.Size.X, v.Size.Z, v.Spacing.X, v.Spacing.Z),
            _ => (v.Size.X, v.Size.Y, v.Size.Z, v.Spacing.Y, v.Spacing.Z),
        };
        if (thickness > 1)
            throw new RoiException(RoiProblem.TooFewDimensions,
                $"shape2D needs a ROI one voxel thick along force2Ddimension {dimension}; this ROI spans {thickness} voxels there");
        return Shape2DFeatures.Compute(v.Mask, width, height, sw, sh);
    }
}
