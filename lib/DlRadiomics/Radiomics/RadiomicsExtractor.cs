using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;
using DlRadiomics.Radiomics.Preprocessing;
using DlRadiomics.Radiomics.Preprocessing.Resampling;
using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics;

/// <summary>
/// PyRadiomics' feature extractor: mask pairing and checks, normalisation, resampling, re-segmentation, cropping to the
/// ROI's bounding box, then the shape classes once and the other enabled classes on the crop of each enabled image type
/// (Original and the filtered images). The image is cropped as early as
/// possible, so memory stays a small multiple of the input volume.
/// </summary>
public sealed class RadiomicsExtractor(ExtractionParameters parameters)
{
    private readonly IReadOnlyList<(IFeatureClass Class, IReadOnlyList<string> Features)> _classes = Validate(parameters);

    public ExtractionParameters Parameters { get; } = parameters;

    public RadiomicsExtractor() : this(ExtractionParameters.Default) { }

    private static IReadOnlyList<(IFeatureClass, IReadOnlyList<string>)> Validate(ExtractionParameters p)
    {
        if (p.Settings.ResampledPixelSpacing is not null) InterpolatorNames.Parse(p.Settings.Interpolator);
        return FeatureClassCatalog.Resolve(p.FeatureClasses, p.Settings);
    }

    /// <summary>
    /// Extracts diagnostics and features for <paramref name="label"/> (default: the <c>label</c> setting).
    /// <paramref name="storedType"/> is the voxel type SimpleITK gives the image file (default: the image's
    /// <see cref="VoxelImage.StoredType"/>, which the readers set); with <c>resampledPixelSpacing</c>, interpolated
    /// values are cast to it as SimpleITK does (integer types truncate). Unknown (null for both): values are kept as
    /// interpolated, which differs from PyRadiomics by the truncation for integer-typed files.
    /// </summary>
    public RadiomicsResult Extract(VoxelImage image, LabelMask mask, int? label = null, VoxelType? storedType = null)
    {
        storedType ??= image.StoredType;
        var s = label is { } l ? Parameters.Settings with { Label = l } : Parameters.Settings;
        var diagnostics = new List<KeyValuePair<string, string>>();
        if (s.AdditionalInfo) AddImageDiagnostics(diagnostics, image);
        if (s.AdditionalInfo) AddMaskDiagnostics(diagnostics, "original", mask.Geometry, mask.Labels, s.Label, withGrid: true);

        var normalization = s.Normalize ? IntensityNormalization.FromImage(image.Voxels, s) : null;
        if (s.ResampledPixelSpacing is { } spacing)
        {
            // PyRadiomics normalises the whole image before resampling; the normalised image is float64, not cast back.
            var source = normalization is null ? image : new VoxelImage(image.Geometry, Array.ConvertAll(image.Voxels, normalization.Apply));
            (image, mask) = Resampler.Resample(source, mask, new Vec3(spacing[0], spacing[1], spacing[2]),
                InterpolatorNames.Parse(s.Interpolator), s.PadDistance, s.Label, normalization is null ? storedType : null);
            normalization = null;
            if (s.AdditionalInfo) AddMaskDiagnostics(diagnostics, "interpolated", mask.Geometry, mask.Labels, s.Label, withGrid: true);
        }

        var labels = MaskPreparation.OnImageGrid(image.Geometry, mask, s, out bool corrected);
        if (corrected && s.AdditionalInfo) AddMaskDiagnostics(diagnostics, "corrected", image.Geometry, labels, s.Label, withGrid: false);
        var geometry = image.Geometry;
        var box = MaskPreparation.CheckedBoundingBox(geometry.Size, labels, s);

        var volume = RoiVolume.Crop(geometry.Size, geometry.Spacing, image.Voxels, normalization, labels, s.Label, box);
        var shapeVolume = volume;
        var finalBox = box;

        if (s.ResegmentRange is not null)
        {
            var resegmented = Resegmentation.Apply(volume, s, s.Label);
            var (inner, count) = BoundingBox.Of(volume.Size, resegmented);
            var b = inner!.Value;
            MaskPreparation.Check(b, count, s);
            shapeVolume = volume.Crop(b, s.ResegmentShape ? resegmented : volume.Mask);
            volume = volume.Crop(b, resegmented);
            finalBox = new BoundingBox(box.X0 + b.X0, box.Y0 + b.Y0, box.Z0 + b.Z0, box.X0 + b.X1, box.Y0 + b.Y1, box.Z0 + b.Z1);
            if (s.AdditionalInfo) AddRoiDiagnostics(diagnostics, "resegmented", geometry, volume.Mask, finalBox);
        }

        var features = new List<KeyValuePair<string, double>>();
        var warnings = new List<string>();
        var original = new FeatureInput(volume, shapeVolume, s);
        foreach (var (featureClass, names) in _classes.Where(c => IsShape(c.Class)))
            Add(features, "original", featureClass, names, original);
        foreach (var imageType in Parameters.ImageTypes)
        {
            if (imageType == "Original")
            {
                foreach (var (featureClass, names) in _classes.Where(c => !IsShape(c.Class)))
                    Add(features, "original", featureClass, names, original);
                continue;
            }
            // Filters see the whole (normalised, resampled) image, as in PyRadiomics; features the ROI crop of the result.
            var full = normalization is null ? image : new VoxelImage(geometry, Array.ConvertAll(image.Voxels, normalization.Apply));
            // One filtered image at a time: each is dropped once its features are computed.
            foreach (var derived in ImageTypes.Enumerate(imageType, full, ImageTypeOptions.From(s), warnings, region: finalBox))
            {
                var within = derived.Region is { } r
                    ? new BoundingBox(finalBox.X0 - r.X0, finalBox.Y0 - r.Y0, finalBox.Z0 - r.Z0, finalBox.X1 - r.X0, finalBox.Y1 - r.Y0, finalBox.Z1 - r.Z0)
                    : finalBox;
                var input = new FeatureInput(volume.WithIntensitiesFrom(derived.Image, within), shapeVolume, s);
                foreach (var (featureClass, names) in _classes.Where(c => !IsShape(c.Class)))
                    Add(features, derived.Name, featureClass, names, input);
            }
        }
        return new RadiomicsResult(diagnostics, features) { Warnings = warnings };
    }

    private static bool IsShape(IFeatureClass c) => c is Shape.ShapeFeatureClass or Shape.Shape2DFeatureClass;

    private static void Add(List<KeyValuePair<string, double>> features, string imageType, IFeatureClass featureClass, IReadOnlyList<string> names, FeatureInput input)
    {
        var values = featureClass.Compute(input);
        foreach (var name in names) features.Add(new($"{imageType}_{featureClass.Name}_{name}", values[name]));
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Tuple(params double[] values) => "(" + string.Join(", ", values.Select(Format)) + ")";

    private static void AddImageDiagnostics(List<KeyValuePair<string, string>> d, VoxelImage image)
    {
        // Two interleaved accumulators keep the loop free of dependency stalls (1.6 M voxels in about a millisecond).
        var v = image.Voxels;
        double s0 = 0, s1 = 0, min0 = double.PositiveInfinity, max0 = double.NegativeInfinity, min1 = min0, max1 = max0;
        int n = 0;
        for (; n + 1 < v.Length; n += 2)
        {
            double a = v[n], b = v[n + 1];
            s0 += a;
            s1 += b;
            min0 = a < min0 ? a : min0;
            max0 = a > max0 ? a : max0;
            min1 = b < min1 ? b : min1;
            max1 = b > max1 ? b : max1;
        }
        if (n < v.Length) { s0 += v[n]; min0 = Math.Min(min0, v[n]); max0 = Math.Max(max0, v[n]); }
        double sum = s0 + s1, min = Math.Min(min0, min1), max = Math.Max(max0, max1);
        var g = image.Geometry;
        d.Add(new("diagnostics_Image-original_Spacing", Tuple(g.Spacing.X, g.Spacing.Y, g.Spacing.Z)));
        d.Add(new("diagnostics_Image-original_Size", Tuple(g.Size.X, g.Size.Y, g.Size.Z)));
        d.Add(new("diagnostics_Image-original_Mean", Format(sum / image.Voxels.Length)));
        d.Add(new("diagnostics_Image-original_Minimum", Format(min)));
        d.Add(new("diagnostics_Image-original_Maximum", Format(max)));
    }

    private static void AddMaskDiagnostics(List<KeyValuePair<string, string>> d, string stage, ImageGeometry g, int[] labels, int label, bool withGrid)
    {
        if (withGrid)
        {
            d.Add(new($"diagnostics_Mask-{stage}_Spacing", Tuple(g.Spacing.X, g.Spacing.Y, g.Spacing.Z)));
            d.Add(new($"diagnostics_Mask-{stage}_Size", Tuple(g.Size.X, g.Size.Y, g.Size.Z)));
        }
        var (box, _) = BoundingBox.Of(g.Size, labels, label);
        if (box is not { } b) return;
        AddRoiDiagnostics(d, stage, g, RoiVolume.CropMask(g.Size, labels, label, b), b);
    }

    /// <summary>BoundingBox, VoxelNum, VolumeNum (26-connected parts), CenterOfMassIndex and CenterOfMass of a ROI given by its crop.</summary>
    private static void AddRoiDiagnostics(List<KeyValuePair<string, string>> d, string stage, ImageGeometry g, bool[] cropMask, BoundingBox box)
    {
        var size = box.Size;
        var ones = cropMask.Select(m => m ? 1 : 0).ToArray();
        var neighbours = NeighbourOffsets.Bidirectional(NeighbourOffsets.Generate(size, [1], false, 0));
        int parts = ConnectedZones.Find(ones, size, neighbours).Count;
        double cx = 0, cy = 0, cz = 0;
        long count = 0, n = 0;
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
                for (int x = 0; x < size.X; x++, n++)
                    if (cropMask[n]) { cx += x + box.X0; cy += y + box.Y0; cz += z + box.Z0; count++; }
        cx /= count; cy /= count; cz /= count;
        var physical = g.IndexToPhysical(cx, cy, cz);
        d.Add(new($"diagnostics_Mask-{stage}_BoundingBox", box.ToString()));
        d.Add(new($"diagnostics_Mask-{stage}_VoxelNum", count.ToString(CultureInfo.InvariantCulture)));
        d.Add(new($"diagnostics_Mask-{stage}_VolumeNum", parts.ToString(CultureInfo.InvariantCulture)));
        d.Add(new($"diagnostics_Mask-{stage}_CenterOfMassIndex", Tuple(cx, cy, cz)));
        d.Add(new($"diagnostics_Mask-{stage}_CenterOfMass", Tuple(physical.X, physical.Y, physical.Z)));
    }
}
