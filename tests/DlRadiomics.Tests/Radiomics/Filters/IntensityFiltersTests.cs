using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;

namespace DlRadiomics.Tests.Radiomics.Filters;

public class IntensityFiltersTests
{
    public static TheoryData<string> Names => new() { "square", "squareroot", "logarithm", "exponential", "gradient" };

    private static VoxelImage Apply(string name, VoxelImage image) => name switch
    {
        SquareFilter.ImageTypeName => SquareFilter.Apply(image),
        SquareRootFilter.ImageTypeName => SquareRootFilter.Apply(image),
        LogarithmFilter.ImageTypeName => LogarithmFilter.Apply(image),
        ExponentialFilter.ImageTypeName => ExponentialFilter.Apply(image),
        GradientFilter.ImageTypeName => GradientFilter.Apply(image),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_filter_matches_pyradiomics_formulas_evaluated_with_numpy(string name)
    {
        var golden = FilterGolden.Load();
        var filtered = Apply(name, golden.Input);
        Assert.Equal(golden.Input.Geometry, filtered.Geometry);
        FilterGolden.AssertClose(name, golden[name], filtered.Voxels);
    }

    [Fact]
    public void Signs_are_kept_by_squareroot_and_logarithm_and_the_range_is_kept()
    {
        var g = new ImageGeometry(new Size3(3, 1, 1), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity);
        var image = new VoxelImage(g, [-4, 0, 16]);
        Assert.Equal(new double[] { -8, 0, 16 }, SquareRootFilter.Apply(image).Voxels);
        var log = LogarithmFilter.Apply(image).Voxels;
        Assert.Equal(16, log[2], 12);
        Assert.Equal(-16 * Math.Log(5) / Math.Log(17), log[0], 12);
        Assert.Equal(new double[] { 1, 0, 16 }, SquareFilter.Apply(image).Voxels);
        Assert.Equal(16, ExponentialFilter.Apply(image).Voxels[2], 12);
    }

    [Fact]
    public void The_gradient_uses_half_differences_at_the_edges_and_can_ignore_spacing()
    {
        var g = new ImageGeometry(new Size3(4, 1, 1), new Vec3(2, 1, 1), new Vec3(0, 0, 0), Direction.Identity);
        var image = new VoxelImage(g, [0, 4, 12, 24]);
        Assert.Equal(new double[] { 1, 3, 5, 3 }, GradientFilter.Apply(image).Voxels);
        Assert.Equal(new double[] { 2, 6, 10, 6 }, GradientFilter.Apply(image, useSpacing: false).Voxels);
    }

    [Theory]
    [InlineData("square")]
    [InlineData("logarithm")]
    [InlineData("exponential")]
    public void A_zero_image_is_refused_where_the_scale_would_divide_by_zero(string name)
    {
        var g = new ImageGeometry(new Size3(2, 2, 1), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity);
        var e = Assert.Throws<FilterException>(() => Apply(name, new VoxelImage(g, new double[4])));
        Assert.Contains(name, e.Message);
        Assert.Equal(new double[4], SquareRootFilter.Apply(new VoxelImage(g, new double[4])).Voxels);
    }
}
