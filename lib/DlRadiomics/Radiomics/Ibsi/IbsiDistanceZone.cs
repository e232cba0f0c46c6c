using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI grey-level distance-zone matrix (<c>dzm_*</c>; PyRadiomics has no equivalent): zones of equal grey level
/// (26-connected in 3D, 8-connected in a slice) counted by grey level and by their distance to the ROI edge.
/// </summary>
/// <remarks>
/// The distance of a ROI voxel is its city-block distance (6-connected steps in 3D, 4-connected in a slice) to the
/// nearest voxel outside the ROI (or outside the grid), so edge voxels have distance 1; a zone's distance is the
/// smallest distance of its voxels. 2D: per slice, features averaged over slices; 2.5D: the slices' zones in one
/// matrix; 3D: the volume. Features as <see cref="IbsiCountMatrixFeatures"/> with j the zone distance.
/// </remarks>
public static class IbsiDistanceZone
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        var levels = roi.Discretized.GrayLevels;
        var slices = roi.Slices();
        var perSlice = slices.Select(s => Matrix(s, planar: true)).ToList();
        IbsiAggregation.Add(output, "dzm", "2D", IbsiAggregation.Mean(perSlice.Select((m, k) => Features(levels, m, slices[k].Volume.VoxelCount)).ToList()));
        var merged = new Dictionary<(int, int), double>();
        foreach (var m in perSlice)
            foreach (var (key, count) in m) merged[key] = merged.GetValueOrDefault(key) + count;
        IbsiAggregation.Add(output, "dzm", "2_5D", Features(levels, merged, roi.Volume.VoxelCount));
        IbsiAggregation.Add(output, "dzm", "3D", Features(levels, Matrix(roi.Discretized, planar: false), roi.Volume.VoxelCount));
    }

    private static Dictionary<string, double> Features(IReadOnlyList<int> levels, Dictionary<(int Level, int Distance), double> matrix, int voxels)
    {
        int columns = matrix.Keys.Max(k => k.Distance);
        var counts = new double[levels.Count * columns];
        foreach (var ((level, distance), count) in matrix)
            counts[IndexOf(levels, level) * columns + distance - 1] += count;
        return IbsiCountMatrixFeatures.Compute(IbsiCountMatrixFeatures.DistanceZone, levels, counts, voxels);
    }

    private static int IndexOf(IReadOnlyList<int> levels, int level)
    {
        for (int k = 0; k < levels.Count; k++) if (levels[k] == level) return k;
        throw new IbsiException($"grey level {level} is not among the ROI's levels");
    }

    /// <summary>Zone counts keyed by (grey level, zone distance).</summary>
    public static Dictionary<(int Level, int Distance), double> Matrix(DiscretizedRoi roi, bool planar)
    {
        var size = roi.Volume.Size;
        var bins = roi.Bins;
        var distance = DistanceToEdge(bins, size, planar);
        var neighbours = NeighbourOffsets.Bidirectional(NeighbourOffsets.Generate(size, [1], planar, 0));
        var visited = new bool[bins.Length];
        var stack = new Stack<int>();
        var matrix = new Dictionary<(int, int), double>();
        for (int start = 0; start < bins.Length; start++)
        {
            int level = bins[start];
            if (level == 0 || visited[start]) continue;
            visited[start] = true;
            stack.Push(start);
            int zoneDistance = int.MaxValue;
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                zoneDistance = Math.Min(zoneDistance, distance[p]);
                var (x, y, z) = Coordinates(p, size);
                foreach (var o in neighbours)
                {
                    if (!o.Fits(x, y, z, size)) continue;
                    int q = p + (int)o.Step(size);
                    if (visited[q] || bins[q] != level) continue;
                    visited[q] = true;
                    stack.Push(q);
                }
            }
            matrix[(level, zoneDistance)] = matrix.GetValueOrDefault((level, zoneDistance)) + 1;
        }
        return matrix;
    }

    /// <summary>City-block distance of every ROI voxel to the nearest non-ROI voxel (breadth-first from the ROI edge); 0 outside.</summary>
    public static int[] DistanceToEdge(int[] bins, Size3 size, bool planar)
    {
        Offset[] faces = planar
            ? [new(0, 0, 1), new(0, 0, -1), new(0, 1, 0), new(0, -1, 0)]
            : [new(0, 0, 1), new(0, 0, -1), new(0, 1, 0), new(0, -1, 0), new(1, 0, 0), new(-1, 0, 0)];
        var distance = new int[bins.Length];
        var queue = new Queue<int>();
        for (int p = 0; p < bins.Length; p++)
        {
            if (bins[p] == 0) continue;
            var (x, y, z) = Coordinates(p, size);
            if (faces.Any(o => !o.Fits(x, y, z, size) || bins[p + o.Step(size)] == 0))
            {
                distance[p] = 1;
                queue.Enqueue(p);
            }
        }
        while (queue.Count > 0)
        {
            int p = queue.Dequeue();
            var (x, y, z) = Coordinates(p, size);
            foreach (var o in faces)
            {
                if (!o.Fits(x, y, z, size)) continue;
                int q = p + (int)o.Step(size);
                if (bins[q] == 0 || distance[q] != 0) continue;
                distance[q] = distance[p] + 1;
                queue.Enqueue(q);
            }
        }
        return distance;
    }

    private static (int X, int Y, int Z) Coordinates(int p, Size3 size) => (p % size.X, p / size.X % size.Y, p / (size.X * size.Y));
}
