namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// Eigenvalues of the covariance of the physical coordinates of the ROI's voxel centres, as PyRadiomics computes them
/// for the axis lengths, elongation and flatness.
/// </summary>
/// <remarks>
/// <c>C = (1/N) Σ (x − x̄)(x − x̄)ᵀ</c> over the <c>N</c> voxel centres <c>x = index ⊙ spacing</c> (population
/// normaliser, as PyRadiomics divides the centred coordinates by √N). Eigenvalues come from cyclic Jacobi rotations
/// and are sorted ascending; values in (−1e−10, 0) from rounding are set to 0, as PyRadiomics does.
/// </remarks>
internal static class PrincipalMoments
{
    /// <summary>
    /// Ascending eigenvalues for the ROI voxels of <paramref name="grid"/>; with <paramref name="planar"/> the z
    /// coordinate is left out (2 eigenvalues of the (y, x) covariance), otherwise 3 of the (z, y, x) covariance.
    /// </summary>
    public static double[] Eigenvalues(PaddedGrid grid, double sz, double sy, double sx, bool planar)
    {
        var inside = grid.Inside;
        long sumX = 0, sumY = 0, sumZ = 0;
        long n = 0;
        for (int z = 0, i = 0; z < grid.SizeZ; z++)
        for (int y = 0; y < grid.SizeY; y++)
        for (int x = 0; x < grid.SizeX; x++, i++)
            if (inside[i]) { sumX += x; sumY += y; sumZ += z; n++; }
        double mz = sumZ * sz / n, my = sumY * sy / n, mx = sumX * sx / n;

        double czz = 0, czy = 0, czx = 0, cyy = 0, cyx = 0, cxx = 0;
        for (int z = 0, i = 0; z < grid.SizeZ; z++)
        {
            double dz = z * sz - mz;
            for (int y = 0; y < grid.SizeY; y++)
            {
                double dy = y * sy - my;
                for (int x = 0; x < grid.SizeX; x++, i++)
                {
                    if (!inside[i]) continue;
                    double dx = x * sx - mx;
                    czz += dz * dz; czy += dz * dy; czx += dz * dx;
                    cyy += dy * dy; cyx += dy * dx; cxx += dx * dx;
                }
            }
        }
        var cov = planar
            ? new[,] { { cyy, cyx }, { cyx, cxx } }
            : new[,] { { czz, czy, czx }, { czy, cyy, cyx }, { czx, cyx, cxx } };
        int d = cov.GetLength(0);
        for (int a = 0; a < d; a++)
            for (int b = 0; b < d; b++) cov[a, b] /= n;

        var values = SymmetricEigenvalues(cov);
        for (int k = 0; k < values.Length; k++)
            if (values[k] < 0 && values[k] > -1e-10) values[k] = 0;
        Array.Sort(values);
        return values;
    }

    /// <summary>Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations (unsorted).</summary>
    internal static double[] SymmetricEigenvalues(double[,] matrix)
    {
        int d = matrix.GetLength(0);
        var m = (double[,])matrix.Clone();
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int p = 0; p < d; p++)
                for (int q = p + 1; q < d; q++) off += m[p, q] * m[p, q];
            if (off == 0) break;
            for (int p = 0; p < d; p++)
                for (int q = p + 1; q < d; q++)
                {
                    if (m[p, q] == 0) continue;
                    double theta = (m[q, q] - m[p, p]) / (2 * m[p, q]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < d; k++)
                    {
                        double mkp = m[k, p], mkq = m[k, q];
                        m[k, p] = c * mkp - s * mkq;
                        m[k, q] = s * mkp + c * mkq;
                    }
                    for (int k = 0; k < d; k++)
                    {
                        double mpk = m[p, k], mqk = m[q, k];
                        m[p, k] = c * mpk - s * mqk;
                        m[q, k] = s * mpk + c * mqk;
                    }
                    m[p, q] = m[q, p] = 0;
                }
        }
        var values = new double[d];
        for (int i = 0; i < d; i++) values[i] = m[i, i];
        return values;
    }
}
