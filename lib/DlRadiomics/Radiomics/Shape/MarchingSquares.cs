namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// The marching squares outline of a binary 2-D mask, measured as PyRadiomics' <c>cshape.calculate_coefficients2D</c>
/// measures it (BSD-3 licence; tables below are PyRadiomics').
/// </summary>
/// <remarks>
/// Array order is (y, x) with y the slower axis. A 2×2 square visits every position of the padded mask; its corners
/// p0 (0,0), p1 (0,1), p2 (1,1), p3 (1,0) give the square index, which selects up to two line segments between edge
/// mid-points. For a segment from <c>a</c> to <c>b</c> (in mm):
/// <list type="bullet">
/// <item>Perimeter <c>P = Σ |a − b|</c>.</item>
/// <item>Surface <c>A = ½ Σ (a_y b_x − b_y a_x)</c>: signed triangle areas with the origin, which cancel outside the
/// ROI because segments are consistently oriented.</item>
/// <item>Diameter: largest distance between two outline vertices.</item>
/// </list>
/// </remarks>
internal static class MarchingSquares
{
    private static readonly int[,] Corners = { { 0, 0 }, { 0, 1 }, { 1, 1 }, { 1, 0 } };
    private static readonly double[,] EdgeMidpoints = { { 0, 0.5 }, { 0.5, 1 }, { 1, 0.5 }, { 0.5, 0 } };

    /// <summary>For square index 0–15: the segments as consecutive pairs of edge numbers.</summary>
    private static readonly int[][] Segments =
    [
        [], [3, 0], [0, 1], [3, 1], [1, 2], [1, 2, 3, 0], [0, 2], [3, 2],
        [2, 3], [2, 0], [0, 1, 2, 3], [2, 1], [1, 3], [1, 0], [0, 3], [],
    ];

    internal readonly record struct Result(double Perimeter, double Surface, double Diameter);

    public static Result Measure(PaddedGrid grid, double sy, double sx)
    {
        int px = grid.SizeX, py = grid.SizeY;
        var inside = grid.Inside;
        var vertices = new MeshDiameters.VertexList();
        double perimeter = 0, surface2 = 0;
        for (int iy = 0; iy < py - 1; iy++)
        for (int ix = 0; ix < px - 1; ix++)
        {
            int square = 0;
            for (int c = 0; c < 4; c++)
                if (inside[(iy + Corners[c, 0]) * px + ix + Corners[c, 1]]) square |= 1 << c;
            if (square == 0 || square == 0xF) continue;

            var segments = Segments[square];
            for (int s = 0; s < segments.Length; s += 2)
            {
                int ea = segments[s], eb = segments[s + 1];
                double ay = (iy + EdgeMidpoints[ea, 0]) * sy, axx = (ix + EdgeMidpoints[ea, 1]) * sx;
                double by = (iy + EdgeMidpoints[eb, 0]) * sy, bx = (ix + EdgeMidpoints[eb, 1]) * sx;
                surface2 += ay * bx - by * axx;
                double dy = ay - by, dx = axx - bx;
                perimeter += Math.Sqrt(dy * dy + dx * dx);
            }

            // Every grid edge is edge 3 or 2 of exactly one square; after complementing so that p3 is outside,
            // p0 and p2 tell whether those edges carry a vertex. Doubled coordinates keep halves exact.
            if (square > 7) square ^= 0xF;
            if ((square & 1) != 0) vertices.Add(0, 2 * iy + 1, 2 * ix);
            if ((square & 4) != 0) vertices.Add(0, 2 * iy + 2, 2 * ix + 1);
        }
        var d = MeshDiameters.Compute(vertices, 1, sy, sx);
        return new Result(perimeter, surface2 / 2, d.Overall);
    }
}
