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
        var keys = new RadiomicsExtractor(p).Extract(image, mask).Features.Select(f => f.Key).ToArray();
        Assert.Equal(15, keys.Length); // 7 details of level 1, 7 of level 2, the final approximation
        Assert.Contains("wavelet-LLH_firstorder_Mean", keys);
        Assert.Contains("wavelet2-LLL_firstorder_Mean", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("original_", StringComparison.Ordinal));
    }

    [Fact]
    public void Per_image_type_settings_other_than_filter_settings_are_refused()
    {
        var e = Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("imageType: {Square: {binWidth: 5}}\n"));
        Assert.Contains("'binWidth'", e.Message);
        Assert.Throws<FeatureClassUnavailableException>(() => ParameterFile.Parse("imageType: {LoG: {sigma: [1.0]}}\n"));
    }
}
