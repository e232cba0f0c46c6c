using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Tests.Radiomics;

/// <summary>Filtered image types feed the same feature classes, with PyRadiomics' key prefixes.</summary>
public sealed class ImageTypeTests
{
    [Fact]
    public void Square_image_features_are_the_features_of_the_squared_intensities()
    {
        var image = SyntheticVolumes.Textured(8, 7, 5);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, y, _) => x is > 1 and < 6 && y is > 1 and < 5);
        var p = ParameterFile.Parse("imageType: {Original: {}, Square: {}}\nfeatureClass: {firstorder: [Mean, Maximum], shape: [VoxelVolume]}\n");
        var result = new RadiomicsExtractor(p).Extract(image, mask);

        // PyRadiomics' square filter: (x / √max|x|)² over the whole image.
        double c = 1 / Math.Sqrt(image.Voxels.Max(Math.Abs));
        var roi = Enumerable.Range(0, image.Voxels.Length).Where(n => mask.Labels[n] == 1).Select(n => Math.Pow(c * image.Voxels[n], 2)).ToArray();
        Assert.Equal(roi.Average(), result["square_firstorder_Mean"], 12);
        Assert.Equal(roi.Max(), result["square_firstorder_Maximum"], 12);
        Assert.Equal(
            ["original_shape_VoxelVolume", "original_firstorder_Mean", "original_firstorder_Maximum", "square_firstorder_Mean", "square_firstorder_Maximum"],
            result.Features.Select(f => f.Key));
    }

    [Fact]
    public void Wavelet_gives_eight_decompositions_and_level_settings_are_read_per_image_type()
    {
        var image = SyntheticVolumes.Textured(8, 8, 6);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, y, z) => x is > 1 and < 6 && y is > 1 and < 6 && z is > 0 and < 5);
        var p = ParameterFile.Parse("imageType: {Wavelet: {wavelet: haar, level: 2}}\nfeatureClass: {firstorder: [Mean]}\n");
        Assert.Equal("haar", p.Settings.Wavelet);
        Assert.Equal(2, p.Settings.WaveletLevel);
        var result = new RadiomicsExtractor(p).Extract(image, mask);
        var keys = result.Features.Select(f => f.Key).ToArray();
        Assert.Equal(15, keys.Length); // 7 details of level 1, 7 of level 2, the final approximation
        Assert.Contains("wavelet-LLH_firstorder_Mean", keys);
        Assert.Contains("wavelet2-LLL_firstorder_Mean", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("original_", StringComparison.Ordinal));

        // The extractor filters only the ROI's box and its margin; the values are those of the whole-image bands.
        foreach (var band in DlRadiomics.Radiomics.Filters.WaveletFilter.Apply(image, "haar", level: 2))
        {
            var roi = Enumerable.Range(0, image.Voxels.Length).Where(n => mask.Labels[n] == 1).Select(n => band.Image.Voxels[n]).ToArray();
            Assert.Equal(roi.Average(), result[band.Name + "_firstorder_Mean"], 12);
        }
    }

    [Fact]
    public void Wavelet_features_of_a_small_roi_in_a_large_image_are_those_of_the_whole_image_bands()
    {
        var image = SyntheticVolumes.Textured(40, 36, 20);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, y, z) => (x - 20) * (x - 20) + (y - 17) * (y - 17) + 4 * (z - 9) * (z - 9) < 30);
        var p = ParameterFile.Parse("imageType: {Wavelet: {}}\nfeatureClass: {firstorder: [Mean, Maximum], glcm: [Contrast]}\n");
        var result = new RadiomicsExtractor(p).Extract(image, mask);
        var reference = new RadiomicsExtractor(ParameterFile.Parse("imageType: {Original: {}}\nfeatureClass: {firstorder: [Mean, Maximum], glcm: [Contrast]}\n"));
        foreach (var band in DlRadiomics.Radiomics.Filters.WaveletFilter.Apply(image))
        {
            var expected = reference.Extract(band.Image, mask);
            foreach (var feature in new[] { "firstorder_Mean", "firstorder_Maximum", "glcm_Contrast" })
                Assert.Equal(expected["original_" + feature], result[band.Name + "_" + feature]);
        }
    }

    [Fact]
    public void LoG_features_are_named_per_sigma_and_computed_on_the_filtered_image()
    {
        var image = SyntheticVolumes.Textured(12, 11, 8);
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, y, z) => x is > 2 and < 9 && y is > 2 and < 8 && z is > 1 and < 6);
        var p = ParameterFile.Parse("imageType: {LoG: {sigma: [1.0, 3]}}\nfeatureClass: {firstorder: [Mean, Maximum], glcm: [Contrast]}\n");
        Assert.Equal(["1.0", "3"], p.Settings.Sigma);
        var result = new RadiomicsExtractor(p).Extract(image, mask);

        Assert.Equal(
            ["log-sigma-1-0-mm-3D_firstorder_Mean", "log-sigma-1-0-mm-3D_firstorder_Maximum", "log-sigma-1-0-mm-3D_glcm_Contrast",
             "log-sigma-3-mm-3D_firstorder_Mean", "log-sigma-3-mm-3D_firstorder_Maximum", "log-sigma-3-mm-3D_glcm_Contrast"],
            result.Features.Select(f => f.Key));
        Assert.Empty(result.Warnings);
        foreach (var (name, sigma) in new[] { ("log-sigma-1-0-mm-3D", 1.0), ("log-sigma-3-mm-3D", 3.0) })
        {
            var filtered = DlRadiomics.Radiomics.Filters.LaplacianOfGaussianFilter.Apply(image, sigma);
            var roi = Enumerable.Range(0, image.Voxels.Length).Where(n => mask.Labels[n] == 1).Select(n => filtered.Voxels[n]).ToArray();
            Assert.Equal(roi.Average(), result[name + "_firstorder_Mean"], 10);
            Assert.Equal(roi.Max(), result[name + "_firstorder_Maximum"]);
        }
    }

    [Fact]
    public void A_LoG_sigma_too_large_for_the_image_is_skipped_with_a_warning_as_PyRadiomics_does()
    {
        var image = SyntheticVolumes.Textured(12, 11, 8); // 1 x 1 x 2 mm voxels: ceil(sigma/spacing) + 1 must not exceed 11 along y
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, y, z) => x is > 2 and < 9 && y is > 2 and < 8 && z is > 1 and < 6);
        var p = ParameterFile.Parse("imageType: {Original: {}, LoG: {sigma: [1.5, 10.5]}}\nfeatureClass: {firstorder: [Mean]}\n");
        var result = new RadiomicsExtractor(p).Extract(image, mask);

        Assert.Equal(["original_firstorder_Mean", "log-sigma-1-5-mm-3D_firstorder_Mean"], result.Features.Select(f => f.Key));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("LoG sigma 10.5", warning);
        Assert.Contains("too large", warning);
    }

    [Theory]
    [InlineData("[1.0, 3.0]", "1.0,3.0")]
    [InlineData("[1, 2.50, 2.]", "1,2.5,2.0")]
    public void Sigma_values_are_kept_as_PyRadiomics_prints_them(string yaml, string expected)
    {
        var p = ParameterFile.Parse("setting: {sigma: " + yaml + "}\nimageType: {LoG: {}}\n");
        Assert.Equal(expected.Split(','), p.Settings.Sigma);
        Assert.Contains("'sigma'", Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("setting: {sigma: [one]}\n")).Message);
    }

    [Fact]
    public void Per_image_type_settings_other_than_filter_settings_are_refused()
    {
        var e = Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("imageType: {Square: {binWidth: 5}}\n"));
        Assert.Contains("'binWidth'", e.Message);
        Assert.Throws<FeatureClassUnavailableException>(() => ParameterFile.Parse("imageType: {LBP3D: {}}\n"));
    }
}
