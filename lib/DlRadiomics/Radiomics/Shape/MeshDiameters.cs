namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// Largest distances between mesh vertices, as PyRadiomics' <c>calculate_meshDiameter</c>: overall, and over the
/// pairs whose first, second or third coordinate is equal (for a 3-D mesh in (z, y, x) order: the slice, column and
/// row diameters).
/// </summary>
/// <remarks>
/// PyRadiomics compares every pair of vertices. The maximum distance between points of a set is reached at extreme
/// points of the set (vertices of its convex hull), and a vertex lying strictly between two others on a line is not
/// extreme. So before comparing pairs, each vertex that is not the first or last vertex on one of its axis-parallel
/// lines is dropped (for the in-plane diameters, only lines inside that plane count). The maxima are the same as
/// PyRadiomics'; the work falls from all pairs of surface vertices to pairs of outline vertices.
/// </remarks>
internal static class MeshDiameters
{
    /// <summary>Vertices in doubled grid coordinates (mid-points of edges become integers).</summary>
    internal sealed class VertexList
    {
        private int[] _c = new int[3 * 256];
        public int Count { get; private set; }

        public void Add(int first, int second, int third)
        {
            if (3 * Count + 3 > _c.Length) Array.Resize(ref _c, _c.Length * 2);
            _c[3 * Count] = first;
            _c[3 * Count + 1] = second;
            _c[3 * Count + 2] = third;
            Count++;
        }

        public int this[int vertex, int axis] => _c[3 * vertex + axis];
    }

    internal readonly record struct Result(double SameFirst, double SameSecond, double SameThird, double Overall);

    /// <summary>Distances in millimetres; <paramref name="s0"/>..<paramref name="s2"/> are the spacings of the axes.</summary>
    public static Result Compute(VertexList vertices, double s0, double s1, double s2)
    {
        int n = vertices.Count;
        var extreme = new bool[3][];
        for (int axis = 0; axis < 3; axis++) extreme[axis] = ExtremeOnLines(vertices, axis);

        var spacing = new[] { s0, s1, s2 };
        var physical = new double[3 * n];
        for (int v = 0; v < n; v++)
            for (int a = 0; a < 3; a++)
                physical[3 * v + a] = (vertices[v, a] * 0.5) * spacing[a];

        var all = Enumerable.Range(0, n).Where(v => extreme[0][v] && extreme[1][v] && extreme[2][v]).ToArray();
        double overall = MaxDistanceSquared(physical, all);
        var inPlane = new double[3];
        for (int fixedAxis = 0; fixedAxis < 3; fixedAxis++)
        {
            int u = (fixedAxis + 1) % 3, w = (fixedAxis + 2) % 3;
            var candidates = Enumerable.Range(0, n).Where(v => extreme[u][v] && extreme[w][v]);
            double best = 0;
            foreach (var plane in candidates.GroupBy(v => vertices[v, fixedAxis]))
                best = Math.Max(best, MaxDistanceSquared(physical, plane.ToArray()));
            inPlane[fixedAxis] = best;
        }
        return new Result(Math.Sqrt(inPlane[0]), Math.Sqrt(inPlane[1]), Math.Sqrt(inPlane[2]), Math.Sqrt(overall));
    }

    /// <summary>True for vertices that are first or last along their line parallel to <paramref name="axis"/>.</summary>
    private static bool[] ExtremeOnLines(VertexList vertices, int axis)
    {
        int u = (axis + 1) % 3, w = (axis + 2) % 3, n = vertices.Count;
        if (n == 0) return [];
        // Lines are indexed densely by their (u, w) coordinates within the mesh's bounds.
        int u0 = int.MaxValue, u1 = int.MinValue, w0 = int.MaxValue, w1 = int.MinValue;
        for (int v = 0; v < n; v++)
        {
            u0 = Math.Min(u0, vertices[v, u]); u1 = Math.Max(u1, vertices[v, u]);
            w0 = Math.Min(w0, vertices[v, w]); w1 = Math.Max(w1, vertices[v, w]);
        }
        int width = w1 - w0 + 1;
        var line = new int[n];
        var min = new int[(u1 - u0 + 1) * width];
        var max = new int[min.Length];
        Array.Fill(min, int.MaxValue);
        Array.Fill(max, int.MinValue);
        for (int v = 0; v < n; v++)
        {
            int l = line[v] = (vertices[v, u] - u0) * width + vertices[v, w] - w0, c = vertices[v, axis];
            if (c < min[l]) min[l] = c;
            if (c > max[l]) max[l] = c;
        }
        var extreme = new bool[n];
        for (int v = 0; v < n; v++)
        {
            int c = vertices[v, axis];
            extreme[v] = c == min[line[v]] || c == max[line[v]];
        }
        return extreme;
    }

    private static double MaxDistanceSquared(double[] physical, int[] indices)
    {
        double best = 0;
        for (int i = 0; i < indices.Length; i++)
        {
            int a = 3 * indices[i];
            double a0 = physical[a], a1 = physical[a + 1], a2 = physical[a + 2];
            for (int j = i + 1; j < indices.Length; j++)
            {
                int b = 3 * indices[j];
                double d0 = a0 - physical[b], d1 = a1 - physical[b + 1], d2 = a2 - physical[b + 2];
                double d = d0 * d0 + d1 * d1 + d2 * d2;
                if (d > best) best = d;
            }
        }
        return best;
    }
}
