using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Ibsi;

namespace DlRadiomics.Tests.Radiomics.Ibsi;

public sealed class IbsiCalculatorTests
{
    [Theory]
    [InlineData(0.0411, 0.0003, 0.04144, true)]
    [InlineData(0.0411, 0.0003, 0.04146, false)]
    [InlineData(2.15, 0, 2.1549, true)]
    [InlineData(2.15, 0, 2.1551, false)]
    [InlineData(-50, 0, -50.04, true)]
    [InlineData(1200, 10, 1195.4, true)]
    [InlineData(1200, 10, 1215.1, false)]
    [InlineData(0, 0, 1e-12, true)]
    [InlineData(0, 0, 1e-6, false)]
    public void Within_tolerance_allows_the_rounding_of_three_significant_digits(double reference, double tolerance, double value, bool within) =>
        Assert.Equal(within, new IbsiReferenceValue("t", reference, tolerance).IsWithin(value));

    [Fact]
    public void Missing_reference_or_non_finite_value_is_never_within()
    {
        Assert.False(new IbsiReferenceValue("t", null, null).IsWithin(1));
        Assert.False(new IbsiReferenceValue("t", 1, 0).IsWithin(double.NaN));
    }

    [Fact]
    public void Reference_table_with_a_bad_number_names_file_line_and_value()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dlr-ibsi-").FullName, "ref.csv");
        File.WriteAllLines(path, ["reference value;tolerance;tag", "1;0;stat_min", "x1;0;stat_max"]);
        var e = Assert.Throws<IbsiException>(() => IbsiReferenceValue.ReadTable(path));
        Assert.Contains("line 3", e.Message);
        Assert.Contains("'x1'", e.Message);
        File.WriteAllLines(path, ["value,tag"]);
        Assert.Contains("header", Assert.Throws<IbsiException>(() => IbsiReferenceValue.ReadTable(path)).Message);
    }

    [Fact]
    public void Ellipsoid_area_series_tends_to_the_sphere_area_and_grows_with_the_axes()
    {
        // IBSI's series (ν ≤ 20): a sphere has area 4πr², a nearly spherical ellipsoid nearly so, spheroids (α = β,
        // or α = 0) are defined; stretching an axis adds area.
        Assert.Equal(4 * Math.PI * 4, IbsiMorphology.EllipsoidArea(2, 2, 2), 12);
        Assert.Equal(4 * Math.PI, IbsiMorphology.EllipsoidArea(1.000001, 1, 0.999999), 4);
        Assert.True(double.IsFinite(IbsiMorphology.EllipsoidArea(3, 3, 1)) && double.IsFinite(IbsiMorphology.EllipsoidArea(3, 1, 1)));
        Assert.True(IbsiMorphology.EllipsoidArea(3, 2, 1.5) > IbsiMorphology.EllipsoidArea(2.5, 2, 1.5));
        Assert.Throws<IbsiException>(() => IbsiMorphology.EllipsoidArea(0, 0, 0));
    }

    [Fact]
    public void Distance_to_edge_counts_city_block_steps_to_the_nearest_outside_voxel()
    {
        // A 5×5 square in one slice: the ring has distance 1, the next ring 2, the centre 3.
        var bins = Enumerable.Repeat(1, 25).ToArray();
        var planar = IbsiDistanceZone.DistanceToEdge(bins, new Size3(5, 5, 1), planar: true);
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 2, 3, 2, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1], planar);
        // In 3-D a single slice is all edge.
        Assert.All(IbsiDistanceZone.DistanceToEdge(bins, new Size3(5, 5, 1), planar: false), d => Assert.Equal(1, d));
    }

    [Fact]
    public void Convex_hull_of_a_single_voxel_mesh_is_the_octahedron_of_its_face_centres()
    {
        // Vertices at ±½ voxel along each axis: volume (4/3)r³ and area 4√3 r² for r = ½; spacing 2 along x doubles the volume.
        var (volume, area) = IbsiConvexHull.OfMask([true], new Size3(1, 1, 1), new Vec3(1, 1, 1));
        Assert.Equal(1 / 6.0, volume, 12);
        Assert.Equal(Math.Sqrt(3), area, 12);
        Assert.Equal(1 / 3.0, IbsiConvexHull.OfMask([true], new Size3(1, 1, 1), new Vec3(2, 1, 1)).Volume, 12);
    }

    [Fact]
    public void Convex_hull_of_points_with_coplanar_and_interior_points_is_the_cube()
    {
        var points = new List<(long, long, long)>();
        for (long x = 0; x <= 2; x++)
            for (long y = 0; y <= 2; y++)
                for (long z = 0; z <= 2; z++) points.Add((x, y, z));
        var (volume, area) = IbsiConvexHull.Measure(points, new Vec3(1, 1, 1));
        Assert.Equal(8, volume, 12);
        Assert.Equal(24, area, 12);
    }

    [Fact]
    public void Fixed_bin_size_starts_the_bins_at_the_ROI_minimum_where_PyRadiomics_aligns_them_to_multiples()
    {
        // Intensities 7 and 11, bin width 5: IBSI's bins start at 7 (both in bin 1); PyRadiomics' edges are 5, 10, 15 (bins 1, 2).
        var volume = new DlRadiomics.Radiomics.RoiVolume(new Size3(2, 1, 1), new Vec3(1, 1, 1), [7, 11], [true, true]);
        Assert.Equal([1, 1], IbsiDiscretisation.FixedBinSize(volume, 5).Bins);
        var settings = new DlRadiomics.Radiomics.RadiomicsSettings(BinWidth: 5);
        Assert.Equal([1, 2], DlRadiomics.Radiomics.Preprocessing.GrayLevelDiscretization.Apply(volume, settings).Bins);
    }

    [Fact]
    public void Settings_IBSI_mode_cannot_honour_are_refused_by_name()
    {
        var geometry = new ImageGeometry(new Size3(2, 2, 2), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity);
        var image = new VoxelImage(geometry, [1, 2, 3, 4, 5, 6, 7, 8]);
        var mask = new LabelMask(geometry, [1, 1, 1, 1, 1, 1, 1, 1]);
        var settings = IbsiFeatureExtractor.PhantomSettings with { ResegmentRange = [0, 5] };
        var e = Assert.Throws<IbsiException>(() => IbsiFeatureExtractor.Compute(image, mask, FeatureConvention.Ibsi, settings));
        Assert.Contains("resegmentRange", e.Message);
    }

    [Fact]
    public void Count_matrix_features_of_a_small_run_length_matrix()
    {
        // Levels 1 and 2; runs: level 1 one run of length 1 and one of length 2, level 2 one run of length 2; 5 voxels.
        double[] counts = [1, 1, 0, 1];
        var f = IbsiCountMatrixFeatures.Compute(IbsiCountMatrixFeatures.RunLength, [1, 2], counts, voxels: 5);
        Assert.Equal((1 + 0.25 + 0.25) / 3, f["sre"], 12);
        Assert.Equal((1 + 4 + 4) / 3.0, f["lre"], 12);
        Assert.Equal((4 + 1) / 3.0, f["glnu"], 12);
        Assert.Equal((1 + 4) / 3.0, f["rlnu"], 12);
        Assert.Equal(3 / 5.0, f["r_perc"], 12);
        Assert.Equal(Math.Log2(3), f["rl_entr"], 12);
    }
}
