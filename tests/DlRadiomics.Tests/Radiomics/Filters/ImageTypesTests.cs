using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;

namespace DlRadiomics.Tests.Radiomics.Filters;

public class ImageTypesTests
{
    [Fact]
    public void Every_image_type_yields_pyradiomics_names()
    {
        var image = FilterGolden.Load().Input;
        var options = new ImageTypeOptions(Sigma: ["1.0", "3"]);
        var names = ImageTypes.Names.SelectMany(t => ImageTypes.Apply(t, image, options).Images.Select(i => i.Name)).ToArray();
        Assert.Equal(
            ["original", "log-sigma-1-0-mm-3D", "log-sigma-3-mm-3D", "wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL",
             "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL", "square", "squareroot", "logarithm", "exponential", "gradient", "lbp-2D"],
            names);
    }

    [Fact]
    public void Log_sigmas_pyradiomics_would_skip_are_reported_not_computed()
    {
        var image = FilterGolden.Load().Input; // 11 × 9 × 5 voxels, z spacing 6.5 mm
        var result = ImageTypes.Apply("LoG", image, new ImageTypeOptions(Sigma: ["1.0", "40.0"]));
        Assert.Equal(["log-sigma-1-0-mm-3D"], result.Images.Select(i => i.Name));
        Assert.StartsWith("log-sigma-40-0-mm-3D skipped: LoG sigma 40 mm is too large", Assert.Single(result.Skipped));
        Assert.NotEmpty(ImageTypes.Apply("LoG", image, new ImageTypeOptions()).Skipped);
    }

    [Fact]
    public void Wavelet_options_and_force2D_reach_the_filter_and_unknown_types_are_refused()
    {
        var image = FilterGolden.Load().Input;
        var result = ImageTypes.Apply("Wavelet", image, new ImageTypeOptions(Wavelet: "db2", Level: 2, Force2D: true, Force2DDimension: 0));
        Assert.Equal(7, result.Images.Count);
        Assert.Equal("wavelet2-LL", result.Images[^1].Name);
        Assert.Throws<FilterException>(() => ImageTypes.Apply("LBP3D", image, new ImageTypeOptions()));
    }
}
