using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// Volume and surface area of the convex hull of a ROI's marching-cubes mesh, for IBSI's convex-hull densities.
/// </summary>
/// <remarks>
/// For a binary mask the marching-cubes vertices are the midpoints of the segments joining a ROI voxel centre to a
/// face-adjacent non-ROI voxel centre, so the hull is built from those points directly (no mesh needed). Points are
/// kept on a half-voxel integer lattice and the hull is built incrementally with exact integer orientation tests, so
/// coplanar and collinear points (common on voxel data) cannot break it; only the two extreme points of each lattice
/// row along x can be hull vertices, which keeps the point set small. Volume and area are taken after scaling the
/// lattice by half the voxel spacing (an affine map keeps the hull).
/// </remarks>
public static class IbsiConvexHull
{
    /// <summary>Hull volume (mm³) and area (mm²) of the mesh of <paramref name="mask"/> (x fastest) on a grid of <paramref name="size"/>.</summary>
    public static (double Volume, double Area) OfMask(bool[] mask, Size3 size, Vec3 spacing)
    {
        var rows = new Dictionary<(long Y, long Z), (long Min, long Max)>();
        void Add(long x, long y, long z)
        {
            rows[(y, z)] = rows.TryGetValue((y, z), out var r) ? (Math.Min(r.Min, x), Math.Max(r.Max, x)) : (x, x);
        }
        bool Inside(int x, int y, int z) =>
            (uint)x < (uint)size.X && (uint)y < (uint)size.Y && (uint)z < (uint)size.Z && mask[x + size.X * (y + size.Y * z)];
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
                for (int x = 0; x < size.X; x++)
                {
                    if (!Inside(x, y, z)) continue;
                    foreach (var (dx, dy, dz) in new[] { (1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1) })
                        if (!Inside(x + dx, y + dy, z + dz)) Add(2 * x + dx, 2 * y + dy, 2 * z + dz);
                }
        var points = rows.SelectMany(r => r.Value.Min == r.Value.Max
            ? new[] { (r.Value.Min, r.Key.Y, r.Key.Z) }
            : new[] { (r.Value.Min, r.Key.Y, r.Key.Z), (r.Value.Max, r.Key.Y, r.Key.Z) }).ToList();
        return Measure(points, new Vec3(spacing.X / 2, spacing.Y / 2, spacing.Z / 2));
    }

    /// <summary>Volume and area of the convex hull of lattice <paramref name="points"/> scaled by <paramref name="scale"/> per axis.</summary>
    public static (double Volume, double Area) Measure(IReadOnlyList<(long X, long Y, long Z)> points, Vec3 scale)
    {
        var faces = Build(points);
        double volume = 0, area = 0;
        foreach (var (a, b, c) in faces)
        {
            var (ax, ay, az) = Scaled(points[a], scale);
            var (bx, by, bz) = Scaled(points[b], scale);
            var (cx, cy, cz) = Scaled(points[c], scale);
            volume += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
            double ux = bx - ax, uy = by - ay, uz = bz - az, vx = cx - ax, vy = cy - ay, vz = cz - az;
            area += 0.5 * Math.Sqrt(Math.Pow(uy * vz - uz * vy, 2) + Math.Pow(uz * vx - ux * vz, 2) + Math.Pow(ux * vy - uy * vx, 2));
        }
        return (volume, area);
    }

    private static (double, double, double) Scaled((long X, long Y, long Z) p, Vec3 s) => (p.X * s.X, p.Y * s.Y, p.Z * s.Z);

    /// <summary>Sign of the volume of tetrahedron (a, b, c, d): positive when d is on the outer side of face (a, b, c).</summary>
    private static long Orient((long X, long Y, long Z) a, (long X, long Y, long Z) b, (long X, long Y, long Z) c, (long X, long Y, long Z) d)
    {
        long ux = b.X - a.X, uy = b.Y - a.Y, uz = b.Z - a.Z;
        long vx = c.X - a.X, vy = c.Y - a.Y, vz = c.Z - a.Z;
        long wx = d.X - a.X, wy = d.Y - a.Y, wz = d.Z - a.Z;
        return Math.Sign(ux * (vy * wz - vz * wy) - uy * (vx * wz - vz * wx) + uz * (vx * wy - vy * wx));
    }

    /// <summary>Outward-oriented triangles of the hull (incremental construction).</summary>
    private static List<(int A, int B, int C)> Build(IReadOnlyList<(long X, long Y, long Z)> p)
    {
        int n = p.Count;
        int i1 = Enumerable.Range(1, Math.Max(0, n - 1)).FirstOrDefault(i => p[i] != p[0], -1);
        int i2 = i1 < 0 ? -1 : Enumerable.Range(0, n).FirstOrDefault(i => Collinear(p[0], p[i1], p[i]) == false, -1);
        int i3 = i2 < 0 ? -1 : Enumerable.Range(0, n).FirstOrDefault(i => Orient(p[0], p[i1], p[i2], p[i]) != 0, -1);
        if (i3 < 0) throw new IbsiException("the ROI's mesh is flat; its convex hull has no volume");
        var faces = new HashSet<(int, int, int)>();
        int[] t = [0, i1, i2, i3];
        foreach (var (a, b, c, d) in new[] { (0, 1, 2, 3), (0, 1, 3, 2), (0, 2, 3, 1), (1, 2, 3, 0) })
            faces.Add(Orient(p[t[a]], p[t[b]], p[t[c]], p[t[d]]) < 0 ? (t[a], t[b], t[c]) : (t[a], t[c], t[b]));
        for (int q = 0; q < n; q++)
        {
            var visible = faces.Where(f => Orient(p[f.Item1], p[f.Item2], p[f.Item3], p[q]) > 0).ToList();
            if (visible.Count == 0) continue;
            var edges = new HashSet<(int, int)>();
            foreach (var (a, b, c) in visible) { edges.Add((a, b)); edges.Add((b, c)); edges.Add((c, a)); }
            foreach (var f in visible) faces.Remove(f);
            foreach (var (u, v) in edges)
                if (!edges.Contains((v, u))) faces.Add((u, v, q));
        }
        return faces.Order().ToList(); // a fixed order: the same sums on every run
    }

    private static bool Collinear((long X, long Y, long Z) a, (long X, long Y, long Z) b, (long X, long Y, long Z) c)
    {
        long ux = b.X - a.X, uy = b.Y - a.Y, uz = b.Z - a.Z, vx = c.X - a.X, vy = c.Y - a.Y, vz = c.Z - a.Z;
        return uy * vz - uz * vy == 0 && uz * vx - ux * vz == 0 && ux * vy - uy * vx == 0;
    }
}
