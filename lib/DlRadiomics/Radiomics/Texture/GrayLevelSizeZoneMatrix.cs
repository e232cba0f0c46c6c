namespace DlRadiomics.Radiomics.Texture;

/// <summary>
/// Grey-level size-zone matrix P(i, j): the number of connected zones of grey level i with j voxels. Connectivity is
/// 26 in 3-D and 8 in the plane with <c>force2D</c> (all offsets of infinity norm 1).
/// </summary>
/// <param name="GrayLevels">Bin numbers of the rows.</param>
/// <param name="MaxZoneSize">Number of columns (largest zone).</param>
/// <param name="Counts">Row-major counts.</param>
public sealed record GrayLevelSizeZoneMatrix(IReadOnlyList<int> GrayLevels, int MaxZoneSize, double[] Counts)
{
    public static GrayLevelSizeZoneMatrix Compute(DiscretizedRoi roi, RadiomicsSettings settings)
    {
        var size = roi.Volume.Size;
        var offsets = NeighbourOffsets.Bidirectional(NeighbourOffsets.Generate(size, [1], settings.Force2D, settings.Force2DDimension));
        var zones = ConnectedZones.Find(roi.Bins, size, offsets);
        int n = roi.GrayLevels.Count;
        int maxSize = zones.Count == 0 ? 0 : zones.Max(z => z.Size);
        var counts = new double[n * maxSize];
        foreach (var (level, zoneSize) in zones) counts[roi.LevelIndex[level] * maxSize + zoneSize - 1]++;
        return new GrayLevelSizeZoneMatrix(roi.GrayLevels, maxSize, counts);
    }
}
