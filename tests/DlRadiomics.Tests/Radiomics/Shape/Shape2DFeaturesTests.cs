using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Tests.Radiomics.Shape;

public class Shape2DFeaturesTests
{
    [Fact]
    public void A_single_pixel_is_a_diamond_through_the_edge_midpoints()
    {
        var mask = new bool[9];
        mask[4] = true;
        var f = Shape2DFeatures.Compute(mask, 3, 3, 1, 1);
        Assert.Equal(0.5, f["MeshSurface"], 12);
        Assert.Equal(1.0, f["PixelSurface"]);
        Assert.Equal(4 * Math.Sqrt(0.5), f["Perimeter"], 12);
        Assert.Equal(1.0, f["MaximumDiameter"], 12);
    }

    [Fact]
    public void A_two_by_three_block_has_cut_corners_and_anisotropic_spacing_is_applied_per_axis()
    {
        // 3 pixels wide (x, spacing 2) and 2 high (y, spacing 1): a 6 × 2 mm rectangle with its corners cut
        var mask = new bool[5 * 4];
        for (int j = 1; j <= 2; j++)
            for (int i = 1; i <= 3; i++) mask[i + 5 * j] = true;
        var f = Shape2DFeatures.Compute(mask, 5, 4, 2, 1);
        double cut = 0.5 * 1 * 0.5; // each corner triangle: legs of half a pixel, 1 mm × 0.5 mm
        Assert.Equal(6 * 2 - 4 * cut, f["MeshSurface"], 12);
        Assert.Equal(2 * 4 + 2 * 1 + 4 * Math.Sqrt(1 + 0.25), f["Perimeter"], 12);
        Assert.Equal(Math.Sqrt(6 * 6 + 1), f["MaximumDiameter"], 12); // outermost x vertices of the two rows
        Assert.Equal(6 * 2.0, f["PixelSurface"]);
        Assert.Equal(f["Perimeter"] / f["MeshSurface"], f["PerimeterSurfaceRatio"], 12);
        Assert.Equal(1 / f["Sphericity"], f["SphericalDisproportion"], 12);
        Assert.Equal(f["MinorAxisLength"] / f["MajorAxisLength"], f["Elongation"], 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_plane_orthogonal_to_force2Ddimension_is_measured(int dimension)
    {
        // one row of 4 voxels along the first in-plane axis, in the middle plane of a 6 × 6 × 6 grid
        var size = new Size3(6, 6, 6);
        var spacing = new Vec3(1.5, 2, 3);
        int outAxis = 2 - dimension, first = outAxis == 0 ? 1 : 0, second = outAxis == 2 ? 1 : 2;
        var mask = new bool[size.Count];
        for (int u = 1; u <= 4; u++)
        {
            var at = new int[3];
            at[outAxis] = 3;
            at[first] = u;
            at[second] = 2;
            mask[at[0] + 6 * (at[1] + 6 * at[2])] = true;
        }
        var f = Shape2DFeatures.Compute(mask, size, spacing, dimension);
        Assert.Equal(4 * spacing[first] * spacing[second], f["PixelSurface"], 12);
        Assert.Equal(4 * spacing[first], f["MaximumDiameter"], 12);  // from the middle of one end edge to the other
        var twoPlanes = (bool[])mask.Clone();
        twoPlanes[0] = true;
        Assert.Throws<ShapeInputException>(() => Shape2DFeatures.Compute(twoPlanes, size, spacing, dimension));
    }

    [Fact]
    public void An_empty_slice_is_refused()
    {
        Assert.Throws<ShapeInputException>(() => Shape2DFeatures.Compute(new bool[12], 4, 3, 1, 1));
    }
}
