using System.Globalization;
using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Preprocessing;

/// <summary>Inclusive voxel bounds of a region: lower corner (X0, Y0, Z0) and upper corner (X1, Y1, Z1).</summary>
public readonly record struct BoundingBox(int X0, int Y0, int Z0, int X1, int Y1, int Z1)
{
    public Size3 Size => new(X1 - X0 + 1, Y1 - Y0 + 1, Z1 - Z0 + 1);

    /// <summary>Whether the box is non-empty and lies inside a grid of <paramref name="size"/>.</summary>
    public bool Within(Size3 size) =>
        X0 >= 0 && Y0 >= 0 && Z0 >= 0 && X0 <= X1 && Y0 <= Y1 && Z0 <= Z1 && X1 < size.X && Y1 < size.Y && Z1 < size.Z;

    /// <summary>Number of axes along which the box spans more than one voxel (0 for a single voxel).</summary>
    public int Dimensions => (X1 > X0 ? 1 : 0) + (Y1 > Y0 ? 1 : 0) + (Z1 > Z0 ? 1 : 0);

    /// <summary>As PyRadiomics' diagnostics print it: <c>(x, y, z, sizeX, sizeY, sizeZ)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({X0}, {Y0}, {Z0}, {Size.X}, {Size.Y}, {Size.Z})");

    /// <summary>The box of the voxels labelled <paramref name="label"/>, and their number; null box when there are none.</summary>
    public static (BoundingBox? Box, long Count) Of(Size3 size, int[] labels, int label) => Scan(size, labels, label);

    /// <summary>The box of the true voxels of <paramref name="mask"/>, and their number; null box when there are none.</summary>
    public static (BoundingBox? Box, long Count) Of(Size3 size, bool[] mask) => Scan(size, mask, true);

    private static (BoundingBox?, long) Scan<T>(Size3 size, T[] values, T target) where T : IEquatable<T>
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, z0 = int.MaxValue, x1 = -1, y1 = -1, z1 = -1;
        long count = 0, n = 0;
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++, n += size.X)
            {
                // Vectorised searches of the row: most rows of a mask hold no ROI voxel.
                var row = values.AsSpan((int)n, size.X);
                int first = row.IndexOf(target);
                if (first < 0) continue;
                int last = row.LastIndexOf(target);
                count += row[first..(last + 1)].Count(target);
                if (first < x0) x0 = first;
                if (last > x1) x1 = last;
                if (y < y0) y0 = y;
                if (y > y1) y1 = y;
                if (z < z0) z0 = z;
                if (z > z1) z1 = z;
            }
        return count == 0 ? (null, 0) : (new BoundingBox(x0, y0, z0, x1, y1, z1), count);
    }
}
