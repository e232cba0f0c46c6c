namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// The features IBSI defines alike for its run-length (<c>rlm_</c>), size-zone (<c>szm_</c>), distance-zone (<c>dzm_</c>)
/// and neighbouring grey-level dependence (<c>ngl_</c>) matrices: a count matrix P(i, j) of grey level i and column
/// value j (run length, zone size, zone distance or dependence count, 1, 2, …).
/// </summary>
/// <remarks>
/// N_s = Σ P (runs, zones or voxels), N_v the number of voxels (times the number of merged directions for merged
/// run-length matrices), p = P/N_s, r_i = Σ_j P(i, j), c_j = Σ_i P(i, j), μ_i = Σ i·p, μ_j = Σ j·p:
/// <list type="bullet">
/// <item>small emphasis Σ (P/j²)/N_s; large emphasis Σ (P·j²)/N_s; low grey Σ (P/i²)/N_s; high grey Σ (P·i²)/N_s;
/// small-low Σ P/(i²j²)/N_s; small-high Σ P·i²/j²/N_s; large-low Σ P·j²/i²/N_s; large-high Σ P·i²j²/N_s.</item>
/// <item>glnu = Σ r_i²/N_s; glnu_norm = Σ r_i²/N_s²; (run / zone / distance / count) nu = Σ c_j²/N_s; its norm Σ c_j²/N_s².</item>
/// <item>percentage = N_s/N_v; gl_var = Σ (i − μ_i)² p; j-variance = Σ (j − μ_j)² p; entropy = −Σ p log₂ p; energy = Σ p².</item>
/// </list>
/// </remarks>
public static class IbsiCountMatrixFeatures
{
    /// <summary>IBSI names of the seventeen quantities above for one matrix family (null: the family has no such feature).</summary>
    public sealed record FamilyNames(string Prefix, IReadOnlyList<string?> Names);

    public static FamilyNames RunLength { get; } = new("rlm", ["sre", "lre", "lgre", "hgre", "srlge", "srhge", "lrlge", "lrhge", "glnu", "glnu_norm", "rlnu", "rlnu_norm", "r_perc", "gl_var", "rl_var", "rl_entr", null]);
    public static FamilyNames SizeZone { get; } = new("szm", ["sze", "lze", "lgze", "hgze", "szlge", "szhge", "lzlge", "lzhge", "glnu", "glnu_norm", "zsnu", "zsnu_norm", "z_perc", "gl_var", "zs_var", "zs_entr", null]);
    public static FamilyNames DistanceZone { get; } = new("dzm", ["sde", "lde", "lgze", "hgze", "sdlge", "sdhge", "ldlge", "ldhge", "glnu", "glnu_norm", "zdnu", "zdnu_norm", "z_perc", "gl_var", "zd_var", "zd_entr", null]);
    public static FamilyNames Dependence { get; } = new("ngl", ["lde", "hde", "lgce", "hgce", "ldlge", "ldhge", "hdlge", "hdhge", "glnu", "glnu_norm", "dcnu", "dcnu_norm", "dc_perc", "gl_var", "dc_var", "dc_entr", "dc_energy"]);

    /// <summary>
    /// Features of the row-major count matrix <paramref name="counts"/> (rows <paramref name="levels"/>, column c holding
    /// j = c + 1) over <paramref name="voxels"/> voxels, keyed by the family's names (without prefix or aggregation suffix).
    /// </summary>
    public static Dictionary<string, double> Compute(FamilyNames family, IReadOnlyList<int> levels, double[] counts, double voxels)
    {
        int rows = levels.Count, columns = counts.Length / rows;
        double total = counts.Sum();
        var rowSums = new double[rows];
        var columnSums = new double[columns];
        var q = new double[17];
        double muI = 0, muJ = 0;
        for (int a = 0; a < rows; a++)
            for (int c = 0; c < columns; c++)
            {
                double v = counts[a * columns + c];
                if (v == 0) continue;
                double i2 = (double)levels[a] * levels[a], j = c + 1, j2 = j * j;
                rowSums[a] += v;
                columnSums[c] += v;
                q[0] += v / j2; q[1] += v * j2; q[2] += v / i2; q[3] += v * i2;
                q[4] += v / (i2 * j2); q[5] += v * i2 / j2; q[6] += v * j2 / i2; q[7] += v * i2 * j2;
                muI += levels[a] * v / total;
                muJ += j * v / total;
            }
        for (int k = 0; k < 8; k++) q[k] /= total;
        q[8] = rowSums.Sum(r => r * r) / total;
        q[9] = q[8] / total;
        q[10] = columnSums.Sum(s => s * s) / total;
        q[11] = q[10] / total;
        q[12] = total / voxels;
        for (int a = 0; a < rows; a++)
            for (int c = 0; c < columns; c++)
            {
                double p = counts[a * columns + c] / total;
                if (p == 0) continue;
                q[13] += (levels[a] - muI) * (levels[a] - muI) * p;
                q[14] += (c + 1 - muJ) * (c + 1 - muJ) * p;
                q[15] -= p * Math.Log2(p);
                q[16] += p * p;
            }
        var result = new Dictionary<string, double>();
        for (int k = 0; k < 17; k++)
            if (family.Names[k] is { } name) result[name] = q[k];
        return result;
    }
}
