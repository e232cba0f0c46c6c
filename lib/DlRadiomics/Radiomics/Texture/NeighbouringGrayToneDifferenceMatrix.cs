namespace DlRadiomics.Radiomics.Texture;

/// <summary>
/// Neighbouring grey-tone difference matrix: for each present grey level i, n_i (number of ROI voxels of level i) and
/// s_i = Σ |i − Ā| over those voxels, Ā being the mean level of the voxel's ROI neighbours (within <c>distances</c>);
/// a voxel without ROI neighbours counts with difference 0, as in PyRadiomics.
/// </summary>
/// <param name="GrayLevels">Present grey levels (bin numbers).</param>
/// <param name="Counts">n_i per level.</param>
/// <param name="Differences">s_i per level.</param>
public sealed record NeighbouringGrayToneDifferenceMatrix(IReadOnlyList<int> GrayLevels, double[] Counts, double[] Differences)
{
    public static NeighbouringGrayToneDifferenceMatrix Compute(DiscretizedRoi roi, RadiomicsSettings settings)
    {
        var size = roi.Volume.Size;
        var neighbours = NeighbourOffsets.Bidirectional(
            NeighbourOffsets.Generate(size, settings.NeighbourDistances, settings.Force2D, settings.Force2DDimension));
        int n = roi.GrayLevels.Count;
        var counts = new double[n];
        var differences = new double[n];
        NeighbourScan.ForEachRoiVoxel(roi, neighbours, (level, neighbourLevels) =>
        {
            double diff = 0;
            if (neighbourLevels.Length > 0)
            {
                double sum = 0;
                foreach (int k in neighbourLevels) sum += k;
                diff = Math.Abs(level - sum / neighbourLevels.Length);
            }
            int i = roi.LevelIndex[level];
            counts[i]++;
            differences[i] += diff;
        });
        return new NeighbouringGrayToneDifferenceMatrix(roi.GrayLevels, counts, differences);
    }
}
