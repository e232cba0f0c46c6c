using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Preprocessing;

namespace DlRadiomics.Tests.Radiomics;

public sealed class DiscretizationTests
{
    [Fact]
    public void Fixed_bin_width_edges_start_at_a_multiple_of_the_width_below_the_minimum()
    {
        // PyRadiomics' example: ROI values 54…166, bin width 25 → edges from 50; max + 2W excluded.
        double[] values = [54, 75, 100, 166];
        var edges = GrayLevelDiscretization.BinEdges(values, RadiomicsSettings.Default);
        Assert.Equal([50.0, 75, 100, 125, 150, 175, 200], edges);
        Assert.Equal([1, 2, 3, 5], values.Select(v => GrayLevelDiscretization.Digitize(v, edges)));
    }

    [Fact]
    public void Negative_minimum_uses_python_modulo()
    {
        var edges = GrayLevelDiscretization.BinEdges([-30.0, 10], RadiomicsSettings.Default);
        Assert.Equal(-50, edges[0]);
        Assert.Equal(1, GrayLevelDiscretization.Digitize(-30, edges));
    }

    [Fact]
    public void Flat_region_gets_one_bin()
    {
        // The brain1_flatRegion configuration: every ROI value in [0, 5000).
        var edges = GrayLevelDiscretization.BinEdges([0.0, 0, 0], RadiomicsSettings.Default with { BinWidth = 5000 });
        Assert.Equal([0.0, 5000], edges);
        Assert.Equal(1, GrayLevelDiscretization.Digitize(0, edges));
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-5)]
    public void A_bin_width_too_small_for_the_intensity_range_is_a_settings_error(double width)
    {
        var e = Assert.Throws<RadiomicsSettingsException>(
            () => GrayLevelDiscretization.BinEdges([0.0, 1000], RadiomicsSettings.Default with { BinWidth = width }));
        Assert.Contains($"binWidth {width:R}", e.Message);
        Assert.Contains("use a larger binWidth, or binCount", e.Message);
    }

    [Fact]
    public void Fixed_bin_count_puts_the_maximum_in_the_last_bin()
    {
        var s = RadiomicsSettings.Default with { BinCount = 4 };
        double[] values = [0, 1, 2, 3, 4];
        var edges = GrayLevelDiscretization.BinEdges(values, s);
        Assert.Equal([0.0, 1, 2, 3, 5], edges);
        Assert.Equal([1, 2, 3, 4, 4], values.Select(v => GrayLevelDiscretization.Digitize(v, edges)));
    }
}
