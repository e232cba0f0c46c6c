using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Preprocessing.Resampling;

/// <summary>
/// Resamples an image and its mask to a new voxel spacing as PyRadiomics' <c>imageoperations.resampleImage</c> does
/// (settings <c>resampledPixelSpacing</c>, <c>interpolator</c>, <c>padDistance</c>, <c>label</c>), with SimpleITK's
/// interpolation semantics.
/// </summary>
/// <remarks>
/// <para>The output grid is aligned to the mask's grid and covers only the ROI's bounding box plus
/// <c>padDistance</c> new voxels on every side. With mask spacing <c>s</c>, new spacing <c>t</c>, ratio
/// <c>r = s / t</c> and bounding box from voxel <c>b</c> with size <c>n</c> (per axis):</para>
/// <list type="bullet">
/// <item>a new spacing of 0, or an axis along which the ROI is one voxel thick, keeps the mask's spacing;</item>
/// <item>lower = max(0, ⌊(b − ½) r − pad⌋), upper = min(⌈N r⌉ − 1, ⌈(b + n − ½) r + pad⌉) with N the mask size;
/// size = upper − lower + 1;</item>
/// <item>origin = the mask's physical point at continuous index <c>½ (t − s) / s + lower / r</c>, direction = the
/// mask's direction.</item>
/// </list>
/// <para>The image is interpolated with the chosen interpolator (PyRadiomics' default: B-spline) and cast back to its
/// stored voxel type when one is given (integer types: clamped to the type's range, then truncated towards zero, as
/// ITK casts); the mask always with nearest neighbour. Grid points outside an input image get 0. When the image
/// spacing already equals the new spacing (numpy <c>allclose</c>), only the mask is resampled onto the image grid and
/// both are cropped to the ROI's bounding box plus <c>padDistance</c> voxels, as PyRadiomics does.</para>
/// <para>Before resampling the ROI must exist and its bounding box must lie inside the image's physical extent
/// (tolerance 1e−3 voxel), otherwise <see cref="ResamplingException"/> explains which.</para>
/// </remarks>
public static class Resampler
{
    /// <summary>
    /// Resamples <paramref name="image"/> and <paramref name="mask"/> to <paramref name="newSpacing"/> (x, y, z; 0
    /// keeps the mask's spacing on that axis). <paramref name="imageType"/> is the image's stored voxel type, to which
    /// interpolated values are cast as SimpleITK does; null keeps them as computed.
    /// </summary>
    public static (VoxelImage Image, LabelMask Mask) Resample(
        VoxelImage image, LabelMask mask, Vec3 newSpacing, Interpolator interpolator = Interpolator.BSpline,
        int padDistance = 5, int label = 1, VoxelType? imageType = null)
    {
        for (int n = 0; n < 3; n++)
            if (!(newSpacing[n] >= 0) || double.IsInfinity(newSpacing[n]))
                throw new ResamplingException($"resampledPixelSpacing {newSpacing} must be non-negative and finite on every axis");
        if (padDistance < 0) throw new ResamplingException($"padDistance {padDistance} must not be negative");

        var maskGeometry = mask.Geometry;
        var maskSpacing = maskGeometry.Spacing;
        var (lower, count) = CheckRoi(image.Geometry, mask, label);

        var target = new double[3];
        for (int n = 0; n < 3; n++)
            target[n] = newSpacing[n] == 0 || count[n] == 1 ? maskSpacing[n] : newSpacing[n];

        var imageSpacing = image.Geometry.Spacing;
        if (Enumerable.Range(0, 3).All(n => Math.Abs(imageSpacing[n] - target[n]) <= 1e-8 + 1e-5 * Math.Abs(target[n])))
        {
            var onImageGrid = ResampleMask(mask, image.Geometry);
            var (l, c) = BoundingBoxOf(onImageGrid, label)
                ?? throw new ResamplingException($"label {label} is lost when the mask is put on the image grid");
            return Crop(image, onImageGrid, l, c, padDistance);
        }

        var ratio = new double[3];
        var newLower = new int[3];
        var newSize = new int[3];
        var originIndex = new double[3];
        for (int n = 0; n < 3; n++)
        {
            ratio[n] = maskSpacing[n] / target[n];
            double lo = Math.Floor((lower[n] - 0.5) * ratio[n] - padDistance);
            double hi = Math.Ceiling((lower[n] + count[n] - 0.5) * ratio[n] + padDistance);
            double maxUpper = Math.Ceiling(maskGeometry.Size[n] * ratio[n]) - 1;
            if (lo < 0) lo = 0;
            if (hi > maxUpper) hi = maxUpper;
            newLower[n] = (int)lo;
            newSize[n] = (int)(hi - lo + 1);
            originIndex[n] = 0.5 * (target[n] - maskSpacing[n]) / maskSpacing[n] + lo / ratio[n];
        }
        var grid = new ImageGeometry(
            new Size3(newSize[0], newSize[1], newSize[2]),
            new Vec3(target[0], target[1], target[2]),
            IndexToPhysical(maskGeometry, originIndex[0], originIndex[1], originIndex[2]),
            maskGeometry.Direction);

        var resampledImage = ResampleImage(image, grid, interpolator, imageType);
        return (resampledImage, ResampleMask(mask, grid));
    }

    /// <summary>
    /// PyRadiomics' <c>correctMask</c> (<c>imageoperations._correctMask</c>): checks that <paramref name="label"/> is
    /// present and its bounding box lies inside the image's physical extent, then puts the mask on the image grid by
    /// nearest neighbour.
    /// </summary>
    public static LabelMask CorrectMask(VoxelImage image, LabelMask mask, int label = 1)
    {
        CheckRoi(image.Geometry, mask, label);
        return ResampleMask(mask, image.Geometry);
    }

    /// <summary>Voxel values of <paramref name="source"/> at the voxel centres of <paramref name="target"/>.</summary>
    public static VoxelImage ResampleImage(VoxelImage source, ImageGeometry target, Interpolator interpolator, VoxelType? type = null)
    {
        var map = new GridMapping(source.Geometry, target);
        var (lowest, highest) = map.Range();
        var sampler = new ImageSampler(source, interpolator, lowest, highest);
        var cast = VoxelCast.To(type);
        var values = new double[target.VoxelCount];
        long n = 0;
        for (int k = 0; k < target.Size.Z; k++)
            for (int j = 0; j < target.Size.Y; j++)
                for (int i = 0; i < target.Size.X; i++, n++)
                {
                    var index = map.Index(i, j, k);
                    values[n] = sampler.IsInside(index) ? cast(sampler.Evaluate(index)) : 0;
                }
        return new VoxelImage(target, values);
    }

    /// <summary>Labels of <paramref name="mask"/> at the voxel centres of <paramref name="target"/> (nearest neighbour, 0 outside).</summary>
    public static LabelMask ResampleMask(LabelMask mask, ImageGeometry target)
    {
        var map = new GridMapping(mask.Geometry, target);
        var size = mask.Size;
        var labels = new int[target.VoxelCount];
        long n = 0;
        for (int k = 0; k < target.Size.Z; k++)
            for (int j = 0; j < target.Size.Y; j++)
                for (int i = 0; i < target.Size.X; i++, n++)
                {
                    var index = map.Index(i, j, k);
                    labels[n] = ImageSampler.IsInside(index, size) ? mask.Labels[ImageSampler.NearestOffset(index, size)] : 0;
                }
        return new LabelMask(target, labels);
    }

    /// <summary>
    /// Where the voxel centres of a target grid fall in a source grid, as ITK maps them: the target's
    /// index-to-point, then the source's point-to-continuous-index (<c>diag(1/spacing) · directionᵀ · (p − origin)</c>).
    /// </summary>
    private sealed class GridMapping
    {
        private readonly ImageGeometry _target;
        private readonly Vec3 _origin;
        private readonly double[,] _toIndex = new double[3, 3];

        public GridMapping(ImageGeometry source, ImageGeometry target)
        {
            _target = target;
            _origin = source.Origin;
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 3; c++) _toIndex[r, c] = source.Direction[c, r] * (1.0 / source.Spacing[r]);
        }

        public Vec3 Index(int i, int j, int k)
        {
            var p = IndexToPhysical(_target, i, j, k) - _origin;
            var m = _toIndex;
            return new Vec3(
                m[0, 0] * p.X + m[0, 1] * p.Y + m[0, 2] * p.Z,
                m[1, 0] * p.X + m[1, 1] * p.Y + m[1, 2] * p.Z,
                m[2, 0] * p.X + m[2, 1] * p.Y + m[2, 2] * p.Z);
        }

        /// <summary>Smallest and largest continuous index over the target grid (reached at its corners: the map is affine).</summary>
        public (Vec3 Lowest, Vec3 Highest) Range()
        {
            var size = _target.Size;
            double[] lo = [double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity];
            double[] hi = [double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity];
            for (int corner = 0; corner < 8; corner++)
            {
                var index = Index((corner & 1) * (size.X - 1), (corner >> 1 & 1) * (size.Y - 1), (corner >> 2 & 1) * (size.Z - 1));
                for (int n = 0; n < 3; n++) { lo[n] = Math.Min(lo[n], index[n]); hi[n] = Math.Max(hi[n], index[n]); }
            }
            return (new Vec3(lo[0], lo[1], lo[2]), new Vec3(hi[0], hi[1], hi[2]));
        }
    }

    /// <summary>PyRadiomics' <c>_checkROI</c>: the label's bounding box (lower corner, size), which must lie in the image.</summary>
    private static (int[] Lower, int[] Count) CheckRoi(ImageGeometry image, LabelMask mask, int label)
    {
        var (lower, count) = BoundingBoxOf(mask, label)
            ?? throw new ResamplingException($"label {label} is not present in the mask (labels present: {string.Join(", ", mask.DistinctLabels())})");
        var corners = new[]
        {
            image.PhysicalToIndex(IndexToPhysical(mask.Geometry, lower[0] - 0.5, lower[1] - 0.5, lower[2] - 0.5)),
            image.PhysicalToIndex(IndexToPhysical(mask.Geometry,
                lower[0] + count[0] - 0.5, lower[1] + count[1] - 0.5, lower[2] + count[2] - 0.5)),
        };
        const double tolerance = 1e-3;
        for (int n = 0; n < 3; n++)
        {
            double lo = Math.Min(corners[0][n], corners[1][n]), hi = Math.Max(corners[0][n], corners[1][n]);
            if (lo < -0.5 - tolerance || hi > image.Size[n] - 0.5 + tolerance)
                throw new ResamplingException(
                    $"the bounding box of label {label} reaches outside the image: in image voxel coordinates it spans " +
                    $"{corners[0]} to {corners[1]}, the image has size {image.Size}; check that image and mask belong together");
        }
        return (lower, count);
    }

    private static (int[] Lower, int[] Count)? BoundingBoxOf(LabelMask mask, int label)
    {
        var size = mask.Size;
        int[] lo = [int.MaxValue, int.MaxValue, int.MaxValue], hi = [-1, -1, -1];
        long n = 0;
        for (int k = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++, n++)
                {
                    if (mask.Labels[n] != label) continue;
                    lo[0] = Math.Min(lo[0], i); hi[0] = Math.Max(hi[0], i);
                    lo[1] = Math.Min(lo[1], j); hi[1] = Math.Max(hi[1], j);
                    lo[2] = Math.Min(lo[2], k); hi[2] = Math.Max(hi[2], k);
                }
        if (hi[0] < 0) return null;
        return (lo, [hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1]);
    }

    /// <summary>PyRadiomics' <c>cropToTumorMask</c>: the bounding box plus <paramref name="pad"/> voxels, within the grid.</summary>
    private static (VoxelImage, LabelMask) Crop(VoxelImage image, LabelMask mask, int[] lower, int[] count, int pad)
    {
        var size = mask.Size;
        var from = new int[3];
        var to = new int[3];
        for (int n = 0; n < 3; n++)
        {
            from[n] = Math.Max(lower[n] - pad, 0);
            to[n] = Math.Min(lower[n] + count[n] - 1 + pad, size[n] - 1);
        }
        var cropSize = new Size3(to[0] - from[0] + 1, to[1] - from[1] + 1, to[2] - from[2] + 1);
        var g = mask.Geometry;
        var geometry = new ImageGeometry(cropSize, g.Spacing, IndexToPhysical(g, from[0], from[1], from[2]), g.Direction);
        var voxels = new double[geometry.VoxelCount];
        var labels = new int[geometry.VoxelCount];
        long n2 = 0;
        for (int k = from[2]; k <= to[2]; k++)
            for (int j = from[1]; j <= to[1]; j++)
            {
                long source = g.Index(from[0], j, k);
                Array.Copy(image.Voxels, source, voxels, n2, cropSize.X);
                Array.Copy(mask.Labels, source, labels, n2, cropSize.X);
                n2 += cropSize.X;
            }
        return (new VoxelImage(geometry, voxels), new LabelMask(geometry, labels));
    }

    /// <summary>ITK's index-to-point: <c>origin + (direction · diag(spacing)) · index</c>, summed in ITK's order.</summary>
    private static Vec3 IndexToPhysical(ImageGeometry g, double i, double j, double k)
    {
        var d = g.Direction;
        var s = g.Spacing;
        var o = g.Origin;
        double x = o.X, y = o.Y, z = o.Z;
        x += d[0, 0] * s.X * i; x += d[0, 1] * s.Y * j; x += d[0, 2] * s.Z * k;
        y += d[1, 0] * s.X * i; y += d[1, 1] * s.Y * j; y += d[1, 2] * s.Z * k;
        z += d[2, 0] * s.X * i; z += d[2, 1] * s.Y * j; z += d[2, 2] * s.Z * k;
        return new Vec3(x, y, z);
    }
}
