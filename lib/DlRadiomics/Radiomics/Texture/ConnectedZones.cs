using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Texture;

/// <summary>Connected zones of equal non-zero value on a grid (flood fill over a given neighbourhood).</summary>
public static class ConnectedZones
{
    /// <summary>Every zone of voxels with equal value ≠ 0, connected through <paramref name="neighbours"/>: its value and voxel count.</summary>
    public static List<(int Level, int Size)> Find(int[] values, Size3 size, Offset[] neighbours)
    {
        var zones = new List<(int, int)>();
        var visited = new bool[values.Length];
        var stack = new Stack<int>();
        int sx = size.X, sxy = size.X * size.Y;
        for (int start = 0; start < values.Length; start++)
        {
            int level = values[start];
            if (level == 0 || visited[start]) continue;
            visited[start] = true;
            stack.Push(start);
            int count = 0;
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                count++;
                int z = p / sxy, y = p % sxy / sx, x = p % sx;
                foreach (var o in neighbours)
                {
                    if (!o.Fits(x, y, z, size)) continue;
                    int q = p + o.Dx + o.Dy * sx + o.Dz * sxy;
                    if (visited[q] || values[q] != level) continue;
                    visited[q] = true;
                    stack.Push(q);
                }
            }
            zones.Add((level, count));
        }
        return zones;
    }
}
