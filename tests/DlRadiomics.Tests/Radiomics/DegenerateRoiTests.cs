using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Tests.Radiomics;

/// <summary>ROIs PyRadiomics refuses or treats specially: each gives PyRadiomics' behaviour or a typed error.</summary>
public sealed class DegenerateRoiTests
{
    private static readonly RadiomicsExtractor Extractor = new();

    [Fact]
    public void Empty_mask_is_a_typed_error()
    {
        var image = SyntheticVolumes.Textured(6, 6, 4);
        var e = Assert.Throws<RoiException>(() => Extractor.Extract(image, SyntheticVolumes.Mask(image.Geometry, (_, _, _) => false)));
        Assert.Equal(RoiProblem.EmptyMask, e.Problem);
    }

    [Fact]
    public void Absent_label_is_an_error_listing_the_labels_present()
    {
        var image = SyntheticVolumes.Textured(6, 6, 4);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, _, _) => x < 3, label: 2);
        var e = Assert.Throws<RoiException>(() => Extractor.Extract(image, mask));
        Assert.Equal(RoiProblem.LabelAbsent, e.Problem);
        Assert.Contains("labels present: 2", e.Message);
        Assert.NotEmpty(Extractor.Extract(image, mask, label: 2).Features);
    }

    [Fact]
    public void Single_voxel_is_refused_as_in_PyRadiomics()
    {
        var image = SyntheticVolumes.Textured(6, 6, 4);
        var e = Assert.Throws<RoiException>(() => Extractor.Extract(image, SyntheticVolumes.Mask(image.Geometry, (x, y, z) => x == 2 && y == 2 && z == 1)));
        Assert.Equal(RoiProblem.SingleVoxel, e.Problem);
    }

    [Fact]
    public void A_line_needs_minimumROIDimensions_1()
    {
        var image = SyntheticVolumes.Textured(6, 6, 4);
        var line = SyntheticVolumes.Mask(image.Geometry, (_, y, z) => y == 2 && z == 1);
        Assert.Equal(RoiProblem.TooFewDimensions, Assert.Throws<RoiException>(() => Extractor.Extract(image, line)).Problem);
        var lenient = new RadiomicsExtractor(ExtractionParameters.Default with { Settings = RadiomicsSettings.Default with { MinimumRoiDimensions = 1 } });
        Assert.All(lenient.Extract(image, line).Features, f => Assert.False(double.IsInfinity(f.Value), f.Key));
    }

    [Fact]
    public void Flat_region_gives_PyRadiomics_conventional_values()
    {
        var g = SyntheticVolumes.Geometry(6, 6, 4);
        var image = new VoxelImage(g, Enumerable.Repeat(100.0, (int)g.VoxelCount).ToArray());
        var result = Extractor.Extract(image, SyntheticVolumes.Mask(g, (x, y, _) => x is > 0 and < 5 && y is > 0 and < 5));
        Assert.Equal(0, result["original_firstorder_Skewness"]);
        Assert.Equal(0, result["original_firstorder_Kurtosis"]);
        Assert.Equal(0, result["original_firstorder_Entropy"], 12);
        Assert.Equal(1, result["original_glcm_Correlation"]);
        Assert.Equal(1, result["original_glcm_MCC"]);
        Assert.Equal(0, result["original_glcm_Imc1"]);
        Assert.Equal(0, result["original_glcm_Imc2"]);
        Assert.Equal(1e6, result["original_ngtdm_Coarseness"]);
        Assert.Equal(0, result["original_ngtdm_Contrast"]);
        Assert.Equal(0, result["original_ngtdm_Busyness"]);
        Assert.Equal(0, result["original_ngtdm_Strength"]);
        Assert.All(result.Features, f => Assert.False(double.IsNaN(f.Value), f.Key));
    }

    [Fact]
    public void ROI_touching_the_border_gives_the_same_values_as_with_a_margin()
    {
        var image = SyntheticVolumes.Textured(8, 7, 5);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, y, z) => x < 4 || (y == 6 && z > 1));
        var atBorder = Extractor.Extract(image, mask);

        // The same image and ROI inside a larger, zero-filled grid.
        var g2 = SyntheticVolumes.Geometry(12, 11, 9);
        var v2 = new double[g2.VoxelCount];
        var l2 = new int[g2.VoxelCount];
        for (int z = 0; z < 5; z++)
            for (int y = 0; y < 7; y++)
                for (int x = 0; x < 8; x++)
                {
                    v2[g2.Index(x + 2, y + 2, z + 2)] = image[x, y, z];
                    l2[g2.Index(x + 2, y + 2, z + 2)] = mask[x, y, z];
                }
        var inside = Extractor.Extract(new VoxelImage(g2, v2), new LabelMask(g2, l2));
        Assert.Equal(atBorder.Features.Count, inside.Features.Count);
        foreach (var (key, value) in atBorder.Features) Assert.Equal(value, inside[key], 10);
    }

    [Fact]
    public void NaN_inside_the_ROI_is_a_typed_error_and_NaN_outside_is_harmless()
    {
        var image = SyntheticVolumes.Textured(6, 6, 4);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, _, _) => x < 3);
        var reference = Extractor.Extract(image, mask);

        image[5, 5, 3] = double.NaN;
        var outside = Extractor.Extract(image, mask);
        foreach (var (key, value) in reference.Features) Assert.Equal(value, outside[key]);

        image[1, 1, 1] = double.NaN;
        Assert.Equal(RoiProblem.NaNIntensities, Assert.Throws<RoiException>(() => Extractor.Extract(image, mask)).Problem);
    }

    [Fact]
    public void Resegmentation_that_removes_everything_is_a_typed_error()
    {
        var image = SyntheticVolumes.Textured(6, 6, 4);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, _, _) => x < 3);
        var strict = new RadiomicsExtractor(ExtractionParameters.Default with { Settings = RadiomicsSettings.Default with { ResegmentRange = [1000] } });
        Assert.Equal(RoiProblem.ResegmentationTooStrict, Assert.Throws<RoiException>(() => strict.Extract(image, mask)).Problem);
    }

    [Fact]
    public void Mismatched_mask_grid_is_an_error_unless_correctMask()
    {
        var image = SyntheticVolumes.Textured(6, 6, 4);
        var shifted = new ImageGeometry(image.Size, image.Geometry.Spacing, new Vec3(0.5, 0, 0), Direction.Identity);
        var mask = SyntheticVolumes.Mask(shifted, (x, _, _) => x is > 1 and < 4);
        Assert.Throws<GeometryMismatchException>(() => Extractor.Extract(image, mask));
        var correcting = new RadiomicsExtractor(ExtractionParameters.Default with { Settings = RadiomicsSettings.Default with { CorrectMask = true } });
        var result = correcting.Extract(image, mask);
        Assert.Contains(result.Diagnostics, d => d.Key == "diagnostics_Mask-corrected_VoxelNum");
    }
}
