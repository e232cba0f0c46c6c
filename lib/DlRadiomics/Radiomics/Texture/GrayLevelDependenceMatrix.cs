namespace DlRadiomics.Radiomics.Texture;

/// <summary>
/// Grey-level dependence matrix P(i, j): the number of ROI voxels of level i with j − 1 dependent neighbours, a
/// neighbour (within the <c>distances</c> neighbourhood, in the ROI) being dependent when |i − k| ≤ α (<c>gldm_a</c>).
/// </summary>
/// <param name="GrayLevels">Bin numbers of the rows.</param>
/// <param name="Columns">Number of columns: 2·N_a + 1 (dependence sizes 1…2N_a + 1).</param>
/// <param name="Counts">Row-major counts.</param>
public sealed record GrayLevelDependenceMatrix(IReadOnlyList<int> GrayLevels, int Columns, double[] Counts)
{
    public static GrayLevelDependenceMatrix Compute(DiscretizedRoi roi, RadiomicsSettings settings)
    {
        var size = roi.Volume.Size;
        var neighbours = NeighbourOffsets.Bidirectional(
            NeighbourOffsets.Generate(size, settings.NeighbourDistances, settings.Force2D, settings.Force2DDimension));
        int columns = neighbours.Length + 1, alpha = settings.GldmA;
        var counts = new double[roi.GrayLevels.Count * columns];
        NeighbourScan.ForEachRoiVoxel(roi, neighbours, (level, neighbourLevels) =>
        {
            int dependent = 0;
            foreach (int k in neighbourLevels) if (Math.Abs(level - k) <= alpha) dependent++;
            counts[roi.LevelIndex[level] * columns + dependent]++;
        });
        return new GrayLevelDependenceMatrix(roi.GrayLevels, columns, counts);
    }
}
