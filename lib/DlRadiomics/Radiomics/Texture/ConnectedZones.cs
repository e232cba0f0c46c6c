using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Texture;

/// <summary>Connected zones of equal non-zero value on a grid (flood fill over a given neighbourhood).</summary>
public static class ConnectedZones
{
    /// <summary>
    /// Every zone of voxels with equal value ≠ 0, connected through <paramref name="neighbours"/>: its value and voxel
    /// count, in the order of each zone's first voxel (x fastest).
    /// </summary>
    public static List<(int Level, int Size)> Find(int[] values, Size3 size, Offset[] neighbours)
    {
        // A copy with a border of zeros as wide as the longest offset: every neighbour is read without a bounds check,
        // through one precomputed index step, and a visited voxel is set to zero so it joins no zone again.
        int border = neighbours.Length == 0 ? 0 : neighbours.Max(o => Math.Max(Math.Abs(o.Dx), Math.Max(Math.Abs(o.Dy), Math.Abs(o.Dz))));
        var padded = new Size3(size.X + 2 * border, size.Y + 2 * border, size.Z + 2 * border);
        int px = padded.X, pxy = padded.X * padded.Y;
        var grid = new int[(long)pxy * padded.Z];
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
                Array.Copy(values, (z * size.Y + y) * size.X, grid, ((z + border) * padded.Y + y + border) * px + border, size.X);
        var steps = neighbours.Select(o => (int)o.Step(padded)).ToArray();

        var zones = new List<(int, int)>();
        var stack = new int[Math.Max(1, values.Length)];
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
            {
                int row = ((z + border) * padded.Y + y + border) * px + border;
                for (int start = row; start < row + size.X; start++)
                {
                    int level = grid[start];
                    if (level == 0) continue;
                    grid[start] = 0;
                    stack[0] = start;
                    int top = 1, count = 0;
                    while (top > 0)
                    {
                        int p = stack[--top];
                        count++;
                        foreach (int step in steps)
                        {
                            int q = p + step;
                            if (grid[q] != level) continue;
                            grid[q] = 0;
                            stack[top++] = q;
                        }
                    }
                    zones.Add((level, count));
                }
            }
        return zones;
    }
}
