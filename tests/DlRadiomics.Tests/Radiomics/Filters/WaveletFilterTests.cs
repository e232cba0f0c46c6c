using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Filters;
using DlRadiomics.Radiomics.Preprocessing;

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

    public static IEnumerable<object[]> Regions() =>
    [
        ["coif1", 1, 0, null!, new[] { 9, 7, 5 }, new[] { 3, 2, 1, 5, 4, 3 }],
        ["coif1", 1, 0, null!, new[] { 12, 10, 8 }, new[] { 0, 0, 0, 2, 3, 1 }],       // box at the low corner: margins wrap round
        ["coif1", 1, 0, null!, new[] { 12, 10, 8 }, new[] { 9, 7, 5, 11, 9, 7 }],      // and at the high one
        ["haar", 2, 0, null!, new[] { 15, 11, 9 }, new[] { 4, 3, 2, 9, 6, 5 }],
        ["db2", 2, 1, 0, new[] { 16, 14, 6 }, new[] { 5, 4, 0, 10, 9, 5 }],          // force2D: z is not filtered
        ["db5", 3, 0, null!, new[] { 21, 9, 7 }, new[] { 8, 2, 3, 12, 6, 3 }],         // filter longer than an axis
        ["sym4", 1, 0, null!, new[] { 40, 36, 30 }, new[] { 18, 16, 14, 21, 19, 15 }], // small box in a large image
        ["coif1", 1, 0, null!, new[] { 9, 7, 5 }, new[] { 0, 0, 0, 8, 6, 4 }],         // the whole image
    ];

    [Theory]
    [MemberData(nameof(Regions))]
    public void A_region_gives_the_whole_image_values_inside_it_bit_for_bit(string wavelet, int level, int startLevel, int? force2DDimension, int[] size, int[] corners)
    {
        var geometry = new ImageGeometry(new Size3(size[0], size[1], size[2]), new Vec3(0.7, 0.8, 2.5), new Vec3(-10, 5, 3), Direction.Identity);
        var random = new Random(size[0] * 31 + level);
        var image = new VoxelImage(geometry, Enumerable.Range(0, size[0] * size[1] * size[2]).Select(_ => (double)random.Next(-200, 900)).ToArray());
        var box = new BoundingBox(corners[0], corners[1], corners[2], corners[3], corners[4], corners[5]);

        var whole = WaveletFilter.Apply(image, wavelet, level, startLevel, force2DDimension);
        var cropped = WaveletFilter.Enumerate(image, wavelet, level, startLevel, force2DDimension, box).ToList();

        Assert.Equal(whole.Select(b => b.Name), cropped.Select(b => b.Name));
        foreach (var (full, part) in whole.Zip(cropped))
        {
            Assert.Null(full.Region);
            Assert.Equal(box, part.Region);
            Assert.Equal(box.Size, part.Image.Size);
            Assert.Equal(geometry.IndexToPhysical(box.X0, box.Y0, box.Z0), part.Image.Geometry.Origin);
            for (int z = box.Z0; z <= box.Z1; z++)
                for (int y = box.Y0; y <= box.Y1; y++)
                    for (int x = box.X0; x <= box.X1; x++)
                        Assert.True(full.Image[x, y, z].Equals(part.Image[x - box.X0, y - box.Y0, z - box.Z0]),
                            $"{part.Name} ({x}, {y}, {z}): {part.Image[x - box.X0, y - box.Y0, z - box.Z0]:R} vs {full.Image[x, y, z]:R}");
        }
    }

    [Fact]
    public void A_region_outside_the_image_is_refused()
    {
        var golden = FilterGolden.Load();
        var size = golden.Input.Size;
        var e = Assert.Throws<FilterException>(() => WaveletFilter.Enumerate(golden.Input, region: new BoundingBox(0, 0, 0, size.X, 1, 1)));
        Assert.Contains("not inside the image", e.Message);
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
