using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Tests.Radiomics.Shape;

public class ShapeFeaturesTests
{
    private static bool[] Box(Size3 size, Func<int, int, int, bool> inside)
    {
        var mask = new bool[size.Count];
        for (int k = 0, n = 0; k < size.Z; k++)
            for (int j = 0; j < size.Y; j++)
                for (int i = 0; i < size.X; i++, n++) mask[n] = inside(i, j, k);
        return mask;
    }

    [Fact]
    public void A_single_voxel_is_an_octahedron_with_nan_elongation_as_in_pyradiomics()
    {
        var size = new Size3(3, 3, 3);
        var f = ShapeFeatures.Compute(Box(size, (i, j, k) => i == 1 && j == 1 && k == 1), size, new Vec3(1, 1, 1));
        // vertices at the six face centres: volume (4/3)·(1/2)³, eight equilateral faces of side √½
        Assert.Equal(1.0 / 6, f["MeshVolume"], 12);
        Assert.Equal(Math.Sqrt(3), f["SurfaceArea"], 12);
        Assert.Equal(1.0, f["VoxelVolume"]);
        Assert.Equal(1.0, f["Maximum3DDiameter"], 12);
        Assert.Equal(0.0, f["MajorAxisLength"]);
        Assert.True(double.IsNaN(f["Elongation"]));
        Assert.True(double.IsNaN(f["Flatness"]));
    }

    [Fact]
    public void In_plane_diameters_follow_pyradiomics_axis_names_slice_z_column_y_row_x()
    {
        // a row of 5 voxels along x, anisotropic spacing (x, y, z) = (1, 2, 3)
        var size = new Size3(7, 3, 3);
        var f = ShapeFeatures.Compute(Box(size, (i, j, k) => i >= 1 && i <= 5 && j == 1 && k == 1), size, new Vec3(1, 2, 3));
        Assert.Equal(5.0, f["Maximum3DDiameter"], 12);
        Assert.Equal(5.0, f["Maximum2DDiameterSlice"], 12);   // equal z: the x extent lies in the slice
        Assert.Equal(5.0, f["Maximum2DDiameterColumn"], 12);  // equal y
        Assert.Equal(3.0, f["Maximum2DDiameterRow"], 12);     // equal x: across one voxel, z spacing 3
        Assert.Equal(5 * 6.0, f["VoxelVolume"], 12);
    }

    [Fact]
    public void Derived_features_are_consistent_with_volume_and_surface()
    {
        var size = new Size3(12, 10, 8);
        var f = ShapeFeatures.Compute(Box(size, (i, j, k) => (i - 6) * (i - 6) + (j - 5) * (j - 5) + 2 * (k - 4) * (k - 4) < 16),
            size, new Vec3(0.8, 0.9, 1.7));
        double v = f["MeshVolume"], a = f["SurfaceArea"];
        Assert.Equal(a / v, f["SurfaceVolumeRatio"], 12);
        Assert.Equal(1 / f["Sphericity"], f["SphericalDisproportion"], 12);
        Assert.Equal(Math.Pow(f["Sphericity"], 3), f["Compactness2"], 12);
        Assert.Equal(Math.Sqrt(f["Compactness2"]) / (6 * Math.PI), f["Compactness1"], 12);
        Assert.InRange(v / f["VoxelVolume"], 0.8, 1.0);
        Assert.True(f["LeastAxisLength"] <= f["MinorAxisLength"] && f["MinorAxisLength"] <= f["MajorAxisLength"]);
        Assert.Equal(f["MinorAxisLength"] / f["MajorAxisLength"], f["Elongation"], 12);
        Assert.Equal(ShapeFeatures.AllFeatures.Order(), f.Keys.Order());
        Assert.Equal(14, ShapeFeatures.DefaultFeatures.Count);
    }

    [Fact]
    public void The_position_of_the_roi_in_the_grid_does_not_matter()
    {
        var size = new Size3(20, 20, 20);
        Func<int, int, int, int, bool> blob = (i, j, k, shift) =>
            (i - shift) * (i - shift) + (j - 5) * (j - 5) + (k - 5) * (k - 5) < 12 || (i - shift == 3 && j == 9);
        var near = ShapeFeatures.Compute(Box(size, (i, j, k) => blob(i, j, k, 5)), size, new Vec3(1, 1, 2));
        var far = ShapeFeatures.Compute(Box(size, (i, j, k) => blob(i, j, k, 13)), size, new Vec3(1, 1, 2));
        foreach (var name in ShapeFeatures.AllFeatures) Assert.Equal(near[name], far[name], 9);
    }

    [Fact]
    public void An_empty_mask_or_a_size_mismatch_is_refused_with_the_reason()
    {
        var size = new Size3(4, 4, 4);
        var e = Assert.Throws<ShapeInputException>(() => ShapeFeatures.Compute(new bool[64], size, new Vec3(1, 1, 1)));
        Assert.Contains("no voxel", e.Message);
        e = Assert.Throws<ShapeInputException>(() => ShapeFeatures.Compute(new bool[63], size, new Vec3(1, 1, 1)));
        Assert.Contains("63", e.Message);
        var one = new bool[64];
        one[21] = true;
        e = Assert.Throws<ShapeInputException>(() => ShapeFeatures.Compute(one, size, new Vec3(1, 0, 1)));
        Assert.Contains("spacing", e.Message);
    }
}
