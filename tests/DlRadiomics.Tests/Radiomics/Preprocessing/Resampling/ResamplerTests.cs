using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Preprocessing.Resampling;

namespace DlRadiomics.Tests.Radiomics.Preprocessing.Resampling;

public class ResamplerTests
{
    private static ImageGeometry Grid(Size3 size, Vec3 spacing, Vec3? origin = null) =>
        new(size, spacing, origin ?? new Vec3(0, 0, 0), Direction.Identity);

    private static VoxelImage Image(ImageGeometry g, Func<int, int, int, double> value)
    {
        var voxels = new double[g.VoxelCount];
        for (int k = 0, n = 0; k < g.Size.Z; k++)
            for (int j = 0; j < g.Size.Y; j++)
                for (int i = 0; i < g.Size.X; i++, n++) voxels[n] = value(i, j, k);
        return new VoxelImage(g, voxels);
    }

    [Theory]
    [InlineData(Interpolator.BSpline)]
    [InlineData(Interpolator.Linear)]
    [InlineData(Interpolator.NearestNeighbor)]
    public void Every_interpolator_reproduces_the_samples_at_the_voxel_centres(Interpolator interpolator)
    {
        var g = Grid(new Size3(9, 30, 4), new Vec3(1, 0.5, 3));
        var image = Image(g, (i, j, k) => Math.Sin(i) * 100 + j * j - 7 * k);
        var same = Resampler.ResampleImage(image, g, interpolator);
        for (int n = 0; n < image.Voxels.Length; n++) Assert.Equal(image.Voxels[n], same.Voxels[n], 6);
    }

    [Theory]
    [InlineData(10, 5, 3)]
    [InlineData(0, 0, 0)]
    [InlineData(25, 16, 9)]
    public void BSpline_on_part_of_a_grid_equals_the_same_voxels_of_the_whole_grid(int i0, int j0, int k0)
    {
        var g = Grid(new Size3(30, 20, 12), new Vec3(1, 1, 2));
        var random = new Random(7);
        var image = Image(g, (_, _, _) => random.Next(-500, 3000));
        var whole = Grid(new Size3(30, 20, 12), new Vec3(0.9, 1.1, 1.9), new Vec3(-0.3, 0.2, 0.4));
        var partSize = new Size3(5, 4, 3);
        var part = whole with { Size = partSize, Origin = whole.IndexToPhysical(i0, j0, k0) };

        var all = Resampler.ResampleImage(image, whole, Interpolator.BSpline);
        var some = Resampler.ResampleImage(image, part, Interpolator.BSpline);

        for (int k = 0; k < partSize.Z; k++)
            for (int j = 0; j < partSize.Y; j++)
                for (int i = 0; i < partSize.X; i++)
                    Assert.Equal(all[i0 + i, j0 + j, k0 + k], some[i, j, k], 9);
    }

    [Fact]
    public void Linear_interpolation_halfway_is_the_mean_of_the_neighbours()
    {
        var g = Grid(new Size3(4, 1, 1), new Vec3(2, 1, 1));
        var image = Image(g, (i, _, _) => i * i);
        var halfway = Grid(new Size3(3, 1, 1), new Vec3(2, 1, 1), new Vec3(1, 0, 0));
        Assert.Equal(new[] { 0.5, 2.5, 6.5 }, Resampler.ResampleImage(image, halfway, Interpolator.Linear).Voxels);
    }

    [Fact]
    public void BSpline_reproduces_a_cubic_polynomial_away_from_the_edges()
    {
        var g = Grid(new Size3(60, 1, 1), new Vec3(1, 1, 1));
        Func<double, double> f = x => 0.01 * x * x * x - 0.5 * x * x + 3 * x;
        var image = Image(g, (i, _, _) => f(i));
        var shifted = Grid(new Size3(10, 1, 1), new Vec3(0.37, 1, 1), new Vec3(27.2, 0, 0));
        var values = Resampler.ResampleImage(image, shifted, Interpolator.BSpline).Voxels;
        for (int n = 0; n < values.Length; n++) Assert.Equal(f(27.2 + 0.37 * n), values[n], 6);
    }

    [Fact]
    public void Points_outside_the_image_get_zero_and_nearest_neighbour_rounds_halves_up()
    {
        var g = Grid(new Size3(3, 1, 1), new Vec3(1, 1, 1));
        var image = Image(g, (i, _, _) => 10 + i);
        var target = Grid(new Size3(5, 1, 1), new Vec3(1, 1, 1), new Vec3(-1.5, 0, 0));
        // x = −1.5 (outside), −0.5 (first voxel), 0.5 → voxel 1, 1.5 → voxel 2, 2.5 (outside)
        Assert.Equal(new double[] { 0, 10, 11, 12, 0 }, Resampler.ResampleImage(image, target, Interpolator.NearestNeighbor).Voxels);
        var beyond = Grid(new Size3(2, 1, 1), new Vec3(1, 1, 1), new Vec3(7, 0, 0));
        Assert.Equal(new double[2], Resampler.ResampleImage(image, beyond, Interpolator.BSpline).Voxels);
    }

    [Fact]
    public void Integer_voxel_types_are_clamped_and_truncated_like_itk()
    {
        var g = Grid(new Size3(2, 1, 1), new Vec3(1, 1, 1));
        var image = Image(g, (i, _, _) => i == 0 ? -3 : 400);
        var halfway = Grid(new Size3(1, 1, 1), new Vec3(1, 1, 1), new Vec3(0.5, 0, 0));
        Assert.Equal(198, Resampler.ResampleImage(image, halfway, Interpolator.Linear, VoxelType.Int16).Voxels[0]);
        var nearFirst = Grid(new Size3(1, 1, 1), new Vec3(1, 1, 1), new Vec3(0.001, 0, 0));
        Assert.Equal(-2, Resampler.ResampleImage(image, nearFirst, Interpolator.Linear, VoxelType.Int16).Voxels[0]);
        var second = Grid(new Size3(1, 1, 1), new Vec3(1, 1, 1), new Vec3(1, 0, 0));
        Assert.Equal(255, Resampler.ResampleImage(image, second, Interpolator.Linear, VoxelType.UInt8).Voxels[0]);
    }

    [Fact]
    public void The_output_grid_covers_the_roi_plus_padding_in_new_voxels()
    {
        var g = Grid(new Size3(40, 40, 10), new Vec3(0.5, 0.5, 2), new Vec3(10, 20, 30));
        var image = Image(g, (i, j, k) => i + j + k);
        var labels = new int[g.VoxelCount];
        for (int k = 4; k <= 5; k++)
            for (int j = 10; j <= 19; j++)
                for (int i = 20; i <= 23; i++) labels[g.Index(i, j, k)] = 1;
        var mask = new LabelMask(g, labels);

        var (resampledImage, resampledMask) = Resampler.Resample(image, mask, new Vec3(1, 1, 1), Interpolator.Linear, padDistance: 2);

        // x: ⌊(20 − ½)·½ − 2⌋ = 7 … ⌈(24 − ½)·½ + 2⌉ = 14; y: 2 … 12; z: ⌊3.5·2 − 2⌋ = 5 … ⌈5.5·2 + 2⌉ = 13
        Assert.Equal(new Size3(8, 11, 9), resampledImage.Size);
        Assert.Equal(new Vec3(1, 1, 1), resampledImage.Geometry.Spacing);
        // origin: mask index ½(1 − 0.5)/0.5 + 7/0.5 = 14.5 → 10 + 7.25; z: ½(1 − 2)/2 + 5/2 = 2.25 → 30 + 4.5
        Assert.Equal(17.25, resampledImage.Geometry.Origin.X, 12);
        Assert.Equal(30 + 4.5, resampledImage.Geometry.Origin.Z, 12);
        Assert.Equal(resampledImage.Geometry, resampledMask.Geometry);
        Assert.Equal(2 * 5 * 4, resampledMask.Labels.Count(l => l == 1));
    }

    [Fact]
    public void At_the_image_spacing_the_pair_is_only_cropped_to_the_roi_and_padding()
    {
        var g = Grid(new Size3(20, 20, 5), new Vec3(1, 1, 2));
        var image = Image(g, (i, j, k) => i + 100 * j + 1000 * k);
        var labels = new int[g.VoxelCount];
        labels[g.Index(10, 10, 2)] = labels[g.Index(11, 12, 2)] = 3;
        var (cropped, mask) = Resampler.Resample(image, new LabelMask(g, labels), new Vec3(1, 1, 0), padDistance: 1, label: 3);
        Assert.Equal(new Size3(4, 5, 3), cropped.Size);
        Assert.Equal(9 + 100 * 9 + 1000 * 1, cropped.Voxels[0]);
        Assert.Equal(2, mask.Labels.Count(l => l == 3));
    }

    [Fact]
    public void A_missing_label_or_an_roi_outside_the_image_is_refused()
    {
        var g = Grid(new Size3(5, 5, 5), new Vec3(1, 1, 1));
        var image = Image(g, (_, _, _) => 1);
        var labels = new int[g.VoxelCount];
        labels[0] = 2;
        var e = Assert.Throws<ResamplingException>(() => Resampler.Resample(image, new LabelMask(g, labels), new Vec3(2, 2, 2)));
        Assert.Contains("label 1 is not present", e.Message);

        var shifted = new LabelMask(Grid(new Size3(5, 5, 5), new Vec3(1, 1, 1), new Vec3(-3, 0, 0)), labels);
        e = Assert.Throws<ResamplingException>(() => Resampler.Resample(image, shifted, new Vec3(2, 2, 2), label: 2));
        Assert.Contains("outside the image", e.Message);
    }

    [Fact]
    public void Interpolator_names_are_simpleitk_names()
    {
        Assert.Equal(Interpolator.BSpline, InterpolatorNames.Parse("sitkBSpline"));
        Assert.Equal(Interpolator.NearestNeighbor, InterpolatorNames.Parse("1"));
        var e = Assert.Throws<ResamplingException>(() => InterpolatorNames.Parse("sitkLanczosWindowedSinc"));
        Assert.Contains("sitkLanczosWindowedSinc", e.Message);
        Assert.Contains("sitkLinear", e.Message);
    }
}
