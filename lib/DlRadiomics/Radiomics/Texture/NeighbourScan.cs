namespace DlRadiomics.Radiomics.Texture;

/// <summary>One pass over the ROI handing each voxel's grey level and the grey levels of its ROI neighbours to a callback.</summary>
internal static class NeighbourScan
{
    public static void ForEachRoiVoxel(DiscretizedRoi roi, Offset[] neighbours, Action<int, ReadOnlySpan<int>> visit)
    {
        var size = roi.Volume.Size;
        var bins = roi.Bins;
        var steps = neighbours.Select(o => o.Step(size)).ToArray();
        var buffer = new int[neighbours.Length];
        long p = 0;
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
                for (int x = 0; x < size.X; x++, p++)
                {
                    int b = bins[p];
                    if (b == 0) continue;
                    int count = 0;
                    for (int a = 0; a < neighbours.Length; a++)
                    {
                        if (!neighbours[a].Fits(x, y, z, size)) continue;
                        int c = bins[p + steps[a]];
                        if (c != 0) buffer[count++] = c;
                    }
                    visit(b, buffer.AsSpan(0, count));
                }
    }
}
