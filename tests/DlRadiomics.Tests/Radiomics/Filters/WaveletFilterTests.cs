using DlRadiomics.Radiomics.Filters;

namespace DlRadiomics.Tests.Radiomics.Filters;

public class WaveletFilterTests
{
    [Fact]
    public void Coif1_level_1_gives_pywavelets_eight_bands_in_pyradiomics_order()
    {
        var golden = FilterGolden.Load();
        var bands = WaveletFilter.Apply(golden.Input);
        Assert.Equal(
            ["wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL"],
            bands.Select(b => b.Name));
        foreach (var band in bands)
        {
            Assert.Equal(golden.Input.Geometry, band.Image.Geometry);
            FilterGolden.AssertClose(band.Name, golden["coif1 " + band.Name], band.Image.Voxels);
        }
    }

    [Fact]
    public void Two_levels_in_the_slice_plane_match_pywavelets_with_force2D()
    {
        var golden = FilterGolden.Load();
        var bands = WaveletFilter.Apply(golden.Input, "db2", level: 2, force2DDimension: 0);
        var expected = golden.Columns.Where(c => c.StartsWith("db2 2D ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected.Select(c => c["db2 2D ".Length..]), bands.Select(b => b.Name));
        foreach (var band in bands) FilterGolden.AssertClose(band.Name, golden["db2 2D " + band.Name], band.Image.Voxels);
    }

    [Fact]
    public void Start_level_skips_the_first_decompositions_and_names_restart()
    {
        var golden = FilterGolden.Load();
        var skipped = WaveletFilter.Apply(golden.Input, "db2", level: 1, startLevel: 1, force2DDimension: 0);
        var twoLevels = WaveletFilter.Apply(golden.Input, "db2", level: 2, force2DDimension: 0);
        Assert.Equal(["wavelet-LH", "wavelet-HL", "wavelet-HH", "wavelet-LL"], skipped.Select(b => b.Name));
        Assert.Equal(twoLevels.Single(b => b.Name == "wavelet2-HH").Image.Voxels, skipped.Single(b => b.Name == "wavelet-HH").Image.Voxels);
    }

    [Fact]
    public void Unknown_wavelets_and_levels_are_refused_with_the_choices()
    {
        var golden = FilterGolden.Load();
        var e = Assert.Throws<FilterException>(() => WaveletFilter.Apply(golden.Input, "coif9"));
        Assert.Contains("coif9", e.Message);
        Assert.Contains("coif1", e.Message);
        Assert.Throws<FilterException>(() => WaveletFilter.Apply(golden.Input, level: 0));
    }
}
