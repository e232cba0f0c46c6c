using DlRadiomics.Numerics;

namespace DlRadiomics.Radiomics.Shape;

/// <summary>
/// Eigenvalues of the covariance of the physical coordinates of the ROI's voxel centres, as PyRadiomics computes them
/// for the axis lengths, elongation and flatness.
/// </summary>
/// <remarks>
/// <c>C = (1/N) Σ (x − x̄)(x − x̄)ᵀ</c> over the <c>N</c> voxel centres <c>x = index ⊙ spacing</c> (population
/// normaliser, as PyRadiomics divides the centred coordinates by √N). Eigenvalues come from <see cref="SymmetricEigenvalues"/>
/// (ascending); values in (−1e−10, 0) from rounding are set to 0, as PyRadiomics does.
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
        // Row-major covariance; SymmetricEigenvalues overwrites it and returns the eigenvalues ascending.
        double[] cov = planar ? [cyy, cyx, cyx, cxx] : [czz, czy, czx, czy, cyy, cyx, czx, cyx, cxx];
        for (int k = 0; k < cov.Length; k++) cov[k] /= n;

        var values = SymmetricEigenvalues.Compute(cov, planar ? 2 : 3);
        for (int k = 0; k < values.Length; k++)
            if (values[k] < 0 && values[k] > -1e-10) values[k] = 0;
        return values;
    }
}
