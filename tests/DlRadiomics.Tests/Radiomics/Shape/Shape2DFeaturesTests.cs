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

    [Fact]
    public void An_empty_slice_is_refused()
    {
        Assert.Throws<ShapeInputException>(() => Shape2DFeatures.Compute(new bool[12], 4, 3, 1, 1));
    }
}
