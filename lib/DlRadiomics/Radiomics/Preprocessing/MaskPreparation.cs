using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Preprocessing;

/// <summary>
/// PyRadiomics' <c>checkMask</c>: pairs the mask with the image grid (optionally correcting it), checks the label and the
/// ROI's size and extent, and finds its bounding box.
/// </summary>
public static class MaskPreparation
{
    /// <summary>
    /// The mask labels on the image grid: the mask's own when the geometries match within <c>geometryTolerance</c>;
    /// otherwise, with <c>correctMask</c>, the mask resampled onto the image grid by nearest neighbour (after checking
    /// the ROI lies inside the image), else a <see cref="GeometryMismatchException"/>. <paramref name="corrected"/> says
    /// whether resampling happened.
    /// </summary>
    public static int[] OnImageGrid(ImageGeometry image, LabelMask mask, RadiomicsSettings settings, out bool corrected)
    {
        corrected = false;
        if (image.Matches(mask.Geometry, settings.EffectiveGeometryTolerance)) return mask.Labels;
        if (!settings.CorrectMask) image.EnsureMatches(mask.Geometry, tolerance: settings.EffectiveGeometryTolerance);
        CheckRoiInsideImage(image, mask, settings.Label);
        corrected = true;
        var labels = new int[image.VoxelCount];
        var size = image.Size;
        var ms = mask.Geometry.Size;
        long n = 0;
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++, n++)
                {
                    var c = mask.Geometry.PhysicalToIndex(image.IndexToPhysical(i, j, k));
                    int x = (int)Math.Floor(c.X + 0.5), y = (int)Math.Floor(c.Y + 0.5), z = (int)Math.Floor(c.Z + 0.5);
                    if ((uint)x < (uint)ms.X && (uint)y < (uint)ms.Y && (uint)z < (uint)ms.Z)
                        labels[n] = mask.Labels[mask.Geometry.Index(x, y, z)];
                }
        return labels;
    }

    private static void CheckRoiInsideImage(ImageGeometry image, LabelMask mask, int label)
    {
        var (box, _) = BoundingBox.Of(mask.Size, mask.Labels, label);
        if (box is not { } b) throw LabelError(mask.Labels, label);
        var lower = image.PhysicalToIndex(mask.Geometry.IndexToPhysical(b.X0 - 0.5, b.Y0 - 0.5, b.Z0 - 0.5));
        var upper = image.PhysicalToIndex(mask.Geometry.IndexToPhysical(b.X1 + 0.5, b.Y1 + 0.5, b.Z1 + 0.5));
        const double tolerance = 1e-3;
        for (int a = 0; a < 3; a++)
        {
            double lo = Math.Min(lower[a], upper[a]), hi = Math.Max(lower[a], upper[a]);
            if (lo < -0.5 - tolerance || hi > image.Size[a] - 0.5 + tolerance)
                throw new RoiException(RoiProblem.OutsideImage,
                    $"the ROI (label {label}) extends outside the image along axis {a} (continuous index {lo:G6} to {hi:G6}, image size {image.Size[a]}); the mask does not belong to this image");
        }
    }

    /// <summary>
    /// Bounding box of the settings' label in <paramref name="labels"/> after PyRadiomics' checks: label present, more
    /// than one voxel, at least <c>minimumROIDimensions</c> axes spanned, more than <c>minimumROISize</c> voxels.
    /// </summary>
    public static BoundingBox CheckedBoundingBox(Size3 size, int[] labels, RadiomicsSettings settings)
    {
        var (box, count) = BoundingBox.Of(size, labels, settings.Label);
        if (box is not { } b) throw LabelError(labels, settings.Label);
        Check(b, count, settings);
        return b;
    }

    /// <summary>The dimension and size checks on a found ROI.</summary>
    public static void Check(BoundingBox box, long count, RadiomicsSettings settings)
    {
        if (box.Dimensions == 0)
            throw new RoiException(RoiProblem.SingleVoxel, $"the ROI (label {settings.Label}) is a single voxel; features cannot be extracted from one voxel");
        if (box.Dimensions < settings.MinimumRoiDimensions)
            throw new RoiException(RoiProblem.TooFewDimensions,
                $"the ROI (label {settings.Label}) spans {box.Dimensions} dimension(s) (bounding box {box}), fewer than minimumROIDimensions = {settings.MinimumRoiDimensions}");
        if (settings.MinimumRoiSize is { } min && count <= min)
            throw new RoiException(RoiProblem.TooSmall, $"the ROI (label {settings.Label}) has {count} voxels, not more than minimumROISize = {min}");
    }

    private static RoiException LabelError(int[] labels, int label)
    {
        var present = labels.Where(l => l != 0).Distinct().Order().ToArray();
        return present.Length == 0
            ? new RoiException(RoiProblem.EmptyMask, "the mask is empty (no voxel is segmented)")
            : new RoiException(RoiProblem.LabelAbsent, $"label {label} is not present in the mask; labels present: {string.Join(", ", present)}");
    }
}
