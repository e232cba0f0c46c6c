using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI morphological features (<c>morph_*</c>): the mesh-based ones from the engine's <see cref="ShapeFeatures"/>
/// (PyRadiomics' marching-cubes mesh), the rest computed here.
/// </summary>
/// <remarks>
/// V mesh volume, A mesh area, N ROI voxels, λ_major ≥ λ_minor ≥ λ_least the eigenvalues of the sample covariance
/// (divisor N − 1) of the ROI voxel centres — PyRadiomics' eigenvalues (divisor N, recovered from its axis lengths 4√λ)
/// times N/(N − 1) —, x_k the voxel centres in mm, X_k their intensities:
/// <list type="bullet">
/// <item>volume = V; vol_approx = N·v_voxel; area_mesh = A; av = A/V; comp_1 = V/(√π A^{3/2}); comp_2 = 36πV²/A³;
/// sph_dispr = A/∛(36πV²); sphericity = ∛(36πV²)/A; asphericity = ∛(A³/(36πV²)) − 1.</item>
/// <item>com = ‖mean(x_k) − Σ X_k x_k / Σ X_k‖ (centre-of-mass shift); diam = largest mesh-vertex distance.</item>
/// <item>pca_maj_axis / min / least = 4√λ; elongation = √(λ_minor/λ_major); flatness = √(λ_least/λ_major).</item>
/// <item>vol_dens_aabb = V/V_aabb, area_dens_aabb = A/A_aabb, for the axis-aligned box of the mesh (the ROI's voxel
/// bounding box, edges included).</item>
/// <item>vol_dens_aee = V/(4π abc/3) and area_dens_aee = A/A_aee for the ellipsoid of semi-axes a = 2√λ_major,
/// b = 2√λ_minor, c = 2√λ_least, A_aee = 4πab Σ_{ν=0}^{20} (αβ)^ν P_ν((α² + β²)/(2αβ))/(1 − 4ν²),
/// α = √(1 − b²/a²), β = √(1 − c²/a²), P_ν Legendre polynomials.</item>
/// <item>vol_dens_conv_hull = V/V_hull; area_dens_conv_hull = A/A_hull, for the convex hull of the mesh
/// (<see cref="IbsiConvexHull"/>).</item>
/// <item>integ_int = V·mean(X_k).</item>
/// <item>moran_i = N/W · Σ_{k≠l} w_kl (X_k − μ)(X_l − μ) / Σ (X_k − μ)²; geary_c = (N − 1)/(2W) ·
/// Σ_{k≠l} w_kl (X_k − X_l)² / Σ (X_k − μ)², with w_kl = 1/‖x_k − x_l‖ and W = Σ_{k≠l} w_kl.</item>
/// </list>
/// Not computed: oriented minimum bounding box and minimum-volume enclosing ellipsoid densities (IBSI gives no
/// reference values for the phantom).
/// </remarks>
public static class IbsiMorphology
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        var volume = roi.Volume;
        var spacing = volume.Spacing;
        var shape = ShapeFeatures.Compute(volume.Mask, volume.Size, spacing);
        double v = shape["MeshVolume"], a = shape["SurfaceArea"];
        // PyRadiomics' eigenvalues are of the population covariance (divisor N); IBSI's reference values are those of
        // the sample covariance (divisor N − 1).
        double unbiased = volume.VoxelCount / (volume.VoxelCount - 1.0);
        double major = Math.Pow(shape["MajorAxisLength"] / 4, 2) * unbiased, minor = Math.Pow(shape["MinorAxisLength"] / 4, 2) * unbiased;
        double least = Math.Pow(shape["LeastAxisLength"] / 4, 2) * unbiased;
        output["morph_volume"] = v;
        output["morph_vol_approx"] = shape["VoxelVolume"];
        output["morph_area_mesh"] = a;
        output["morph_av"] = a / v;
        output["morph_comp_1"] = shape["Compactness1"];
        output["morph_comp_2"] = shape["Compactness2"];
        output["morph_sph_dispr"] = shape["SphericalDisproportion"];
        output["morph_sphericity"] = shape["Sphericity"];
        output["morph_asphericity"] = Math.Cbrt(a * a * a / (36 * Math.PI * v * v)) - 1;

        var centres = new List<(double X, double Y, double Z, double Intensity)>();
        var size = volume.Size;
        int n = 0;
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
                for (int x = 0; x < size.X; x++, n++)
                    if (volume.Mask[n]) centres.Add((x * spacing.X, y * spacing.Y, z * spacing.Z, volume.Intensities[n]));
        double total = centres.Sum(c => c.Intensity);
        double dx = centres.Average(c => c.X) - centres.Sum(c => c.X * c.Intensity) / total;
        double dy = centres.Average(c => c.Y) - centres.Sum(c => c.Y * c.Intensity) / total;
        double dz = centres.Average(c => c.Z) - centres.Sum(c => c.Z * c.Intensity) / total;
        output["morph_com"] = Math.Sqrt(dx * dx + dy * dy + dz * dz);
        output["morph_diam"] = shape["Maximum3DDiameter"];
        output["morph_pca_maj_axis"] = 4 * Math.Sqrt(major);
        output["morph_pca_min_axis"] = 4 * Math.Sqrt(minor);
        output["morph_pca_least_axis"] = 4 * Math.Sqrt(least);
        output["morph_pca_elongation"] = shape["Elongation"];
        output["morph_pca_flatness"] = shape["Flatness"];

        double bx = size.X * spacing.X, by = size.Y * spacing.Y, bz = size.Z * spacing.Z;
        output["morph_vol_dens_aabb"] = v / (bx * by * bz);
        output["morph_area_dens_aabb"] = a / (2 * (bx * by + by * bz + bz * bx));

        double ea = 2 * Math.Sqrt(major), eb = 2 * Math.Sqrt(minor), ec = 2 * Math.Sqrt(least);
        output["morph_vol_dens_aee"] = v / (4 * Math.PI * ea * eb * ec / 3);
        output["morph_area_dens_aee"] = a / EllipsoidArea(ea, eb, ec);

        var (hullVolume, hullArea) = IbsiConvexHull.OfMask(volume.Mask, size, spacing);
        output["morph_vol_dens_conv_hull"] = v / hullVolume;
        output["morph_area_dens_conv_hull"] = a / hullArea;

        double mean = total / centres.Count;
        output["morph_integ_int"] = v * mean;
        var (moran, geary) = Autocorrelation(centres);
        output["morph_moran_i"] = moran;
        output["morph_geary_c"] = geary;
    }

    /// <summary>Surface area of an ellipsoid with semi-axes a ≥ b ≥ c by IBSI's 20-term Legendre series.</summary>
    /// <remarks>
    /// The terms Q_ν = (αβ)^ν P_ν(x), x = (α² + β²)/(2αβ), follow from Legendre's recurrence without dividing by αβ:
    /// Q₀ = 1, Q₁ = (α² + β²)/2, (ν + 1) Q_{ν+1} = (2ν + 1) Q₁ Q_ν − ν (αβ)² Q_{ν−1}; so spheroids (α = β or one of
    /// them 0) need no special case, and a sphere gives 4πa².
    /// </remarks>
    public static double EllipsoidArea(double a, double b, double c)
    {
        if (!(a > 0)) throw new IbsiException("the ROI's principal axes have zero length; its ellipsoid area is undefined");
        double alpha2 = 1 - b * b / (a * a), beta2 = 1 - c * c / (a * a);
        double half = (alpha2 + beta2) / 2, product2 = alpha2 * beta2;
        double previous = 1, current = half, sum = 1;
        for (int nu = 1; nu <= 20; nu++)
        {
            sum += current / (1 - 4.0 * nu * nu);
            double next = ((2 * nu + 1) * half * current - nu * product2 * previous) / (nu + 1);
            previous = current;
            current = next;
        }
        return 4 * Math.PI * a * b * sum;
    }

    /// <summary>Moran's I and Geary's C over all pairs of ROI voxels (O(N²): every pair once, counted twice).</summary>
    private static (double Moran, double Geary) Autocorrelation(List<(double X, double Y, double Z, double Intensity)> c)
    {
        int n = c.Count;
        var x = c.Select(p => p.X).ToArray();
        var y = c.Select(p => p.Y).ToArray();
        var z = c.Select(p => p.Z).ToArray();
        double mean = c.Average(p => p.Intensity);
        var d = c.Select(p => p.Intensity - mean).ToArray();
        double denominator = d.Sum(v => v * v);
        double w = 0, moran = 0, geary = 0;
        for (int k = 0; k < n; k++)
            for (int l = k + 1; l < n; l++)
            {
                double dx = x[k] - x[l], dy = y[k] - y[l], dz = z[k] - z[l];
                double weight = 1 / Math.Sqrt(dx * dx + dy * dy + dz * dz);
                double diff = d[k] - d[l];
                w += weight;
                moran += weight * d[k] * d[l];
                geary += weight * diff * diff;
            }
        return (n / w * moran / denominator, (n - 1) / (2 * w) * geary / denominator);
    }
}
