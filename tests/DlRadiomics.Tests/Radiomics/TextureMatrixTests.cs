using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Tests.Radiomics;

/// <summary>Texture matrices on the worked examples of PyRadiomics' documentation.</summary>
public sealed class TextureMatrixTests
{
    // The 5×5 image of PyRadiomics' glcm/glrlm/glszm docstrings, rows top to bottom.
    private static readonly int[,] Example =
    {
        { 1, 2, 5, 2, 3 },
        { 3, 2, 1, 3, 1 },
        { 1, 3, 5, 5, 2 },
        { 1, 1, 1, 1, 2 },
        { 1, 2, 4, 3, 5 },
    };

    /// <summary>The example as a one-slice ROI whose intensities are already bin numbers (binWidth 1 on 1…5).</summary>
    private static DiscretizedRoi ExampleRoi()
    {
        var values = new double[25];
        for (int y = 0; y < 5; y++)
            for (int x = 0; x < 5; x++) values[x + 5 * y] = Example[y, x];
        var volume = new RoiVolume(new Size3(5, 5, 1), new Vec3(1, 1, 1), values, Enumerable.Repeat(true, 25).ToArray());
        return DlRadiomics.Radiomics.Preprocessing.GrayLevelDiscretization.Apply(volume, RadiomicsSettings.Default with { BinWidth = 1 });
    }

    [Fact]
    public void Discretised_example_keeps_its_grey_levels()
    {
        var roi = ExampleRoi();
        Assert.Equal([1, 2, 3, 4, 5], roi.GrayLevels);
        Assert.Equal(Example[2, 2], roi.Bins[2 + 5 * 2]);
    }

    [Fact]
    public void Glcm_of_the_horizontal_direction_is_the_documented_symmetric_matrix()
    {
        double[,] documented =
        {
            { 6, 4, 3, 0, 0 },
            { 4, 0, 2, 1, 3 },
            { 3, 2, 0, 1, 2 },
            { 0, 1, 1, 0, 0 },
            { 0, 3, 2, 0, 2 },
        };
        var glcm = GrayLevelCooccurrenceMatrix.Compute(ExampleRoi(), RadiomicsSettings.Default);
        var offsets = NeighbourOffsets.Generate(new Size3(5, 5, 1), [1], false, 0);
        Assert.Equal([new Offset(0, 1, 1), new Offset(0, 1, 0), new Offset(0, 1, -1), new Offset(0, 0, 1)], offsets);
        var horizontal = glcm.Matrices[3];
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++) Assert.Equal(documented[i, j], horizontal[i * 5 + j] * 40, 9);
    }

    [Fact]
    public void Glrlm_of_the_horizontal_direction_counts_the_runs_of_each_row()
    {
        // Runs read off the rows by hand: level 1 has five runs of 1 and one of 4 (row 4), level 5 one run of 2.
        double[,] documented =
        {
            { 5, 0, 0, 1, 0 },
            { 6, 0, 0, 0, 0 },
            { 5, 0, 0, 0, 0 },
            { 1, 0, 0, 0, 0 },
            { 2, 1, 0, 0, 0 },
        };
        var glrlm = GrayLevelRunLengthMatrix.Compute(ExampleRoi(), RadiomicsSettings.Default);
        var horizontal = glrlm.Matrices[3];
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++) Assert.Equal(documented[i, j], horizontal[i * glrlm.MaxRunLength + j]);
    }

    [Fact]
    public void Glszm_counts_8_connected_zones_in_2D()
    {
        // Zones found by hand: level 1 has three single voxels and one zone of 6 (left column and row 4).
        double[,] documented =
        {
            { 3, 0, 0, 0, 0, 1 },
            { 2, 2, 0, 0, 0, 0 },
            { 1, 2, 0, 0, 0, 0 },
            { 1, 0, 0, 0, 0, 0 },
            { 2, 1, 0, 0, 0, 0 },
        };
        var glszm = GrayLevelSizeZoneMatrix.Compute(ExampleRoi(), RadiomicsSettings.Default);
        Assert.Equal(6, glszm.MaxZoneSize);
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 6; j++) Assert.Equal(documented[i, j], glszm.Counts[i * 6 + j]);
    }

    [Fact]
    public void Thirteen_directions_in_3D_and_four_with_force2D()
    {
        Assert.Equal(13, NeighbourOffsets.Generate(new Size3(4, 4, 4), [1], false, 0).Length);
        Assert.Equal(4, NeighbourOffsets.Generate(new Size3(4, 4, 4), [1], true, 0).Length);
        Assert.Equal(13 + 49, NeighbourOffsets.Generate(new Size3(5, 5, 5), [1, 2], false, 0).Length);
        Assert.All(NeighbourOffsets.Generate(new Size3(4, 4, 4), [1], true, 0), o => Assert.Equal(0, o.Dz));
    }
}
