using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Preprocessing.Resampling;
using DlRadiomics.Radiomics.Shape;
using DlRadiomics.Tests.Radiomics.Shape;

namespace DlRadiomics.Tests.Radiomics.Preprocessing.Resampling;

/// <summary>
/// The <c>_resampling</c> configurations of PyRadiomics' baseline: the grid and interpolated values as its
/// diagnostics describe them, and the shape features of the resampled mask.
/// </summary>
public class ResamplerBaselineTests
{
    private static (VoxelImage Image, LabelMask Mask, int Label) Resampled(ShapeBaseline baseline, string configuration)
    {
        string folder = "reference/pyradiomics/";
        string @case = ShapeBaseline.Case(configuration);
        string imagePath = SharedData.Path(folder + @case + "_image.nrrd");
        var image = NrrdReader.Read(imagePath);
        var mask = NrrdReader.ReadMask(SharedData.Path(folder + @case + "_label.nrrd"));
        var spacing = baseline.Setting(configuration, "resampledPixelSpacing")!.Trim('[', ']').Split(',')
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        int label = int.Parse(baseline.Setting(configuration, "label")!, CultureInfo.InvariantCulture);
        int pad = int.Parse(baseline.Setting(configuration, "padDistance")!, CultureInfo.InvariantCulture);
        var interpolator = InterpolatorNames.Parse(baseline.Setting(configuration, "interpolator")!);
        Assert.Equal("short", NrrdType(imagePath));

        var (resampledImage, resampledMask) = Resampler.Resample(image, mask, new Vec3(spacing[0], spacing[1], spacing[2]),
            interpolator, pad, label, VoxelType.Int16);
        return (resampledImage, resampledMask, label);
    }

    private static string NrrdType(string path) =>
        File.ReadLines(path).First(l => l.StartsWith("type:", StringComparison.Ordinal))["type:".Length..].Trim();

    /// <summary>A diagnostics tuple such as <c>(2.0, 2.0, 2.0)</c> as numbers.</summary>
    private static double[] Tuple(string diagnostic) =>
        diagnostic.Trim('(', ')').Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Voxel count and bounding box (lower x, y, z, size x, y, z) of a label, as PyRadiomics' diagnostics.</summary>
    private static (int Count, double[] Box) Roi(LabelMask mask, int label)
    {
        var size = mask.Size;
        var inRoi = Enumerable.Range(0, mask.Labels.Length).Where(n => mask.Labels[n] == label).ToArray();
        int[] Axis(int n) => inRoi.Select(v => n == 0 ? v % size.X : n == 1 ? v / size.X % size.Y : v / (size.X * size.Y)).ToArray();
        var axes = Enumerable.Range(0, 3).Select(Axis).ToArray();
        return (inRoi.Length, axes.Select(a => (double)a.Min()).Concat(axes.Select(a => (double)(a.Max() - a.Min() + 1))).ToArray());
    }

    [SkippableTheory]
    [InlineData("brain1_resampling")]
    [InlineData("breast1_resampling")]
    public void The_grid_and_the_mask_match_pyradiomics_diagnostics(string configuration)
    {
        var baseline = ShapeBaseline.Load("shape");
        var (image, mask, label) = Resampled(baseline, configuration);

        var size = image.Size;
        Assert.Equal(Tuple(baseline.Diagnostic(configuration, "Image-interpolated_Size")), new double[] { size.X, size.Y, size.Z });
        Assert.Equal(Tuple(baseline.Diagnostic(configuration, "Mask-interpolated_Size")), new double[] { size.X, size.Y, size.Z });
        var (count, box) = Roi(mask, label);
        Assert.Equal(baseline.Diagnostic(configuration, "Mask-interpolated_VoxelNum"), count.ToString(CultureInfo.InvariantCulture));
        var spacing = mask.Geometry.Spacing;
        Assert.Equal(Tuple(baseline.Diagnostic(configuration, "Mask-interpolated_Spacing")), new[] { spacing.X, spacing.Y, spacing.Z });
        Assert.Equal(Tuple(baseline.Diagnostic(configuration, "Mask-interpolated_BoundingBox")), box);
    }

    [SkippableTheory]
    [InlineData("brain1_resampling")]
    [InlineData("breast1_resampling")]
    public void Interpolated_intensities_match_pyradiomics_diagnostics(string configuration)
    {
        var baseline = ShapeBaseline.Load("shape");
        var (image, mask, label) = Resampled(baseline, configuration);
        var roi = Enumerable.Range(0, mask.Labels.Length).Where(n => mask.Labels[n] == label).Select(n => image.Voxels[n]).ToArray();
        double D(string name) => double.Parse(baseline.Diagnostic(configuration, name), CultureInfo.InvariantCulture);
        Assert.Equal(D("Image-interpolated_Minimum"), image.Voxels.Min());
        Assert.Equal(D("Image-interpolated_Maximum"), image.Voxels.Max());
        ShapeBaseline.AssertClose("image mean", D("Image-interpolated_Mean"), image.Voxels.Average());
        Assert.Equal(D("Mask-interpolated_Minimum"), roi.Min());
        Assert.Equal(D("Mask-interpolated_Maximum"), roi.Max());
        ShapeBaseline.AssertClose("ROI mean", D("Mask-interpolated_Mean"), roi.Average());
    }

    [SkippableTheory]
    [InlineData("brain1_resampling")]
    [InlineData("breast1_resampling")]
    public void Shape_of_the_resampled_mask_matches_the_baseline(string configuration)
    {
        var baseline = ShapeBaseline.Load("shape");
        var (_, mask, label) = Resampled(baseline, configuration);

        baseline.AssertShapeMatches(configuration, mask, label);
    }

    [SkippableTheory]
    [InlineData("brain1_shape2D")]
    [InlineData("breast1_shape2D")]
    public void CorrectMask_puts_the_one_slice_mask_on_the_image_grid_as_pyradiomics_did(string configuration)
    {
        var baseline = ShapeBaseline.Load("shape2D");
        Assert.Equal("True", baseline.Setting(configuration, "correctMask"));
        string @case = ShapeBaseline.Case(configuration);
        var image = NrrdReader.Read(SharedData.Path($"reference/pyradiomics/{@case}_image.nrrd"));
        var mask = NrrdReader.ReadMask(SharedData.Path($"reference/pyradiomics/{@case}_label_2D.nrrd"));

        var corrected = Resampler.CorrectMask(image, mask, 1);

        Assert.Equal(image.Geometry, corrected.Geometry);
        var (count, box) = Roi(corrected, 1);
        Assert.Equal(baseline.Diagnostic(configuration, "Mask-corrected_VoxelNum"), count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Tuple(baseline.Diagnostic(configuration, "Mask-corrected_BoundingBox")), box);
    }
}
