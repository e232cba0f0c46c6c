using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// The marching cubes surface of a binary 3-D mask, measured as PyRadiomics' <c>cshape.calculate_coefficients</c>
/// measures it.
/// </summary>
/// <remarks>
/// The mask is cropped to the ROI's bounding box and padded with one layer of background, so the mesh is closed.
/// A 2×2×2 cube visits every position of the padded grid; its triangles (<see cref="MarchingCubesTables"/>) have
/// vertices at edge mid-points, in millimetres: <c>p = (index + offset) ⊙ spacing</c> in (z, y, x) order.
/// <list type="bullet">
/// <item>Surface area <c>A = Σ ½ |(a − c) × (b − c)|</c> over all triangles.</item>
/// <item>Volume <c>V = (1/6) Σ ± a · (b × c)</c>: each triangle and the origin span a tetrahedron with signed volume;
/// the sign flips for complemented cube indices (see <see cref="MarchingCubesTables"/>).</item>
/// <item>Diameters: largest Euclidean distance between two mesh vertices; for the 2-D diameters only vertex pairs
/// with equal z (slice), equal y (column) or equal x (row) coordinate count (see <see cref="MeshDiameters"/>).</item>
/// </list>
/// The mesh is translation invariant, so cropping gives PyRadiomics' values up to rounding.
/// </remarks>
internal static class MarchingCubes
{
    public static MeshMeasures Measure(PaddedGrid grid, Vec3 spacing)
    {
        int px = grid.SizeX, py = grid.SizeY, pz = grid.SizeZ;
        var inside = grid.Inside;
        int strideZ = px * py, strideY = px;
        // (z, y, x) spacing, as PyRadiomics orders it
        double sz = spacing.Z, sy = spacing.Y, sx = spacing.X;

        var corners = MarchingCubesTables.Corners;
        var cornerOffset = new int[8];
        for (int c = 0; c < 8; c++) cornerOffset[c] = corners[c, 0] * strideZ + corners[c, 1] * strideY + corners[c, 2];
        var mid = MarchingCubesTables.EdgeMidpoints;
        var edgeZ = new double[12];
        var edgeY = new double[12];
        var edgeX = new double[12];
        for (int e = 0; e < 12; e++) { edgeZ[e] = mid[e, 0]; edgeY[e] = mid[e, 1]; edgeX[e] = mid[e, 2]; }

        var vertices = new MeshDiameters.VertexList();
        double area = 0, volume6 = 0;
        Span<double> az = stackalloc double[3], ay = stackalloc double[3], ax = stackalloc double[3];
        for (int iz = 0; iz < pz - 1; iz++)
        for (int iy = 0; iy < py - 1; iy++)
        {
            int rowStart = iz * strideZ + iy * strideY;
            for (int ix = 0; ix < px - 1; ix++)
            {
                int origin = rowStart + ix;
                int cube = 0;
                for (int c = 0; c < 8; c++)
                    if (inside[origin + cornerOffset[c]]) cube |= 1 << c;
                int sign = 1;
                if ((cube & 0x80) != 0) { cube ^= 0xFF; sign = -1; }

                // Every grid edge is edge 6, 7 or 11 of exactly one cube; corner 7 is outside after the flip, so
                // corners 6, 4 and 3 tell whether those edges carry a vertex. Doubled coordinates keep halves exact.
                if ((cube & (1 << 6)) != 0) vertices.Add(2 * iz + 2, 2 * iy + 2, 2 * ix + 1);
                if ((cube & (1 << 4)) != 0) vertices.Add(2 * iz + 2, 2 * iy + 1, 2 * ix);
                if ((cube & (1 << 3)) != 0) vertices.Add(2 * iz + 1, 2 * iy + 2, 2 * ix);
                if (cube == 0) continue;

                var triangles = MarchingCubesTables.Triangles[cube];
                for (int t = 0; t < triangles.Length; t += 3)
                {
                    for (int v = 0; v < 3; v++)
                    {
                        int e = triangles[t + v];
                        az[v] = (iz + edgeZ[e]) * sz;
                        ay[v] = (iy + edgeY[e]) * sy;
                        ax[v] = (ix + edgeX[e]) * sx;
                    }
                    // a · (b × c) in (z, y, x) components, as PyRadiomics: (a × b) · c
                    double cz = ay[0] * ax[1] - ay[1] * ax[0];
                    double cy = ax[0] * az[1] - ax[1] * az[0];
                    double cx = az[0] * ay[1] - az[1] * ay[0];
                    volume6 += sign * (cz * az[2] + cy * ay[2] + cx * ax[2]);

                    double uz = az[0] - az[2], uy = ay[0] - ay[2], ux = ax[0] - ax[2];
                    double wz = az[1] - az[2], wy = ay[1] - ay[2], wx = ax[1] - ax[2];
                    double nz = uy * wx - wy * ux;
                    double ny = ux * wz - wx * uz;
                    double nx = uz * wy - wz * uy;
                    area += 0.5 * Math.Sqrt(nz * nz + ny * ny + nx * nx);
                }
            }
        }

        var d = MeshDiameters.Compute(vertices, sz, sy, sx);
        return new MeshMeasures(area, volume6 / 6, d.SameFirst, d.SameSecond, d.SameThird, d.Overall);
    }
}
