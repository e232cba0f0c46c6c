namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// The 25 IBSI grey-level co-occurrence features (<c>cm_*</c>) of one normalised, symmetric co-occurrence matrix.
/// </summary>
/// <remarks>
/// p(i, j) over grey levels i, j; N_g the number of grey levels of the discretisation; p_i(i) = Σ_j p(i, j);
/// μ = Σ i·p(i, j); p_{i−j}(k) = Σ_{|i−j|=k} p; p_{i+j}(k) = Σ_{i+j=k} p; logarithms base 2, 0·log 0 = 0 (no ε).
/// <list type="bullet">
/// <item>joint_max = max p; joint_avg = μ; joint_var = Σ (i − μ)² p; joint_entr = −Σ p log₂ p.</item>
/// <item>diff_avg = Σ k p_{i−j}(k); diff_var = Σ (k − diff_avg)² p_{i−j}(k); diff_entr = −Σ p_{i−j} log₂ p_{i−j}.</item>
/// <item>sum_avg = Σ k p_{i+j}(k); sum_var = Σ (k − sum_avg)² p_{i+j}(k); sum_entr = −Σ p_{i+j} log₂ p_{i+j}.</item>
/// <item>energy = Σ p²; contrast = Σ (i − j)² p; dissimilarity = Σ |i − j| p.</item>
/// <item>inv_diff = Σ p/(1 + |i − j|); inv_diff_norm = Σ p/(1 + |i − j|/N_g); inv_diff_mom = Σ p/(1 + (i − j)²);
/// inv_diff_mom_norm = Σ p/(1 + (i − j)²/N_g²); inv_var = Σ_{i≠j} p/(i − j)².</item>
/// <item>corr = Σ (i − μ)(j − μ) p / σ², σ² = Σ (i − μ)² p_i(i); auto_corr = Σ i·j·p.</item>
/// <item>clust_tend / clust_shade / clust_prom = Σ (i + j − 2μ)^{2 / 3 / 4} p.</item>
/// <item>info_corr1 = (HXY − HXY1)/HX; info_corr2 = √(1 − e^{−2(HXY2 − HXY)}), with HX = −Σ p_i log₂ p_i,
/// HXY = joint_entr, HXY1 = −Σ p(i, j) log₂(p_i(i) p_i(j)), HXY2 = −Σ p_i(i) p_i(j) log₂(p_i(i) p_i(j)).</item>
/// </list>
/// IBSI leaves corr and info_corr1 undefined for a single grey level (σ = 0, HX = 0); they are then 1 and 0, as in
/// PyRadiomics, so that slice averages stay defined.
/// </remarks>
public static class IbsiCooccurrenceFeatures
{
    /// <summary>Feature names without the <c>cm_</c> prefix and aggregation suffix, in the IBSI table's order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "joint_max", "joint_avg", "joint_var", "joint_entr", "diff_avg", "diff_var", "diff_entr", "sum_avg", "sum_var",
        "sum_entr", "energy", "contrast", "dissimilarity", "inv_diff", "inv_diff_norm", "inv_diff_mom", "inv_diff_mom_norm",
        "inv_var", "corr", "auto_corr", "clust_tend", "clust_shade", "clust_prom", "info_corr1", "info_corr2",
    ];

    /// <summary>Features of the row-major <paramref name="p"/> (n×n, summing to 1) over <paramref name="levels"/>.</summary>
    public static Dictionary<string, double> Compute(IReadOnlyList<int> levels, double[] p, int grayLevelCount)
    {
        int n = levels.Count;
        double ng = grayLevelCount;
        var marginal = new double[n];
        double mu = 0, max = 0;
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                double v = p[a * n + b];
                marginal[a] += v;
                mu += levels[a] * v;
                max = Math.Max(max, v);
            }
        var diff = new Dictionary<int, double>();
        var sum = new Dictionary<int, double>();
        double jointVar = 0, jointEntropy = 0, energy = 0, contrast = 0, dissimilarity = 0, invDiff = 0, invDiffNorm = 0;
        double invDiffMom = 0, invDiffMomNorm = 0, invVar = 0, covariance = 0, autoCorr = 0, tend = 0, shade = 0, prominence = 0, hxy1 = 0, hxy2 = 0;
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                double v = p[a * n + b];
                double i = levels[a], j = levels[b], d = Math.Abs(i - j), s = i + j - 2 * mu;
                double product = marginal[a] * marginal[b];
                if (product > 0) hxy2 -= product * Math.Log2(product);
                if (v == 0) continue;
                diff[(int)d] = diff.GetValueOrDefault((int)d) + v;
                sum[(int)(i + j)] = sum.GetValueOrDefault((int)(i + j)) + v;
                jointVar += (i - mu) * (i - mu) * v;
                jointEntropy -= v * Math.Log2(v);
                energy += v * v;
                contrast += d * d * v;
                dissimilarity += d * v;
                invDiff += v / (1 + d);
                invDiffNorm += v / (1 + d / ng);
                invDiffMom += v / (1 + d * d);
                invDiffMomNorm += v / (1 + d * d / (ng * ng));
                if (d > 0) invVar += v / (d * d);
                covariance += (i - mu) * (j - mu) * v;
                autoCorr += i * j * v;
                tend += s * s * v;
                shade += s * s * s * v;
                prominence += s * s * s * s * v;
                hxy1 -= v * Math.Log2(product);
            }
        double hx = -marginal.Where(m => m > 0).Sum(m => m * Math.Log2(m));
        var (diffAvg, diffVar, diffEntropy) = Moments(diff);
        var (sumAvg, sumVar, sumEntropy) = Moments(sum);
        return new Dictionary<string, double>
        {
            ["joint_max"] = max, ["joint_avg"] = mu, ["joint_var"] = jointVar, ["joint_entr"] = jointEntropy,
            ["diff_avg"] = diffAvg, ["diff_var"] = diffVar, ["diff_entr"] = diffEntropy,
            ["sum_avg"] = sumAvg, ["sum_var"] = sumVar, ["sum_entr"] = sumEntropy,
            ["energy"] = energy, ["contrast"] = contrast, ["dissimilarity"] = dissimilarity,
            ["inv_diff"] = invDiff, ["inv_diff_norm"] = invDiffNorm, ["inv_diff_mom"] = invDiffMom, ["inv_diff_mom_norm"] = invDiffMomNorm,
            ["inv_var"] = invVar, ["corr"] = jointVar == 0 ? 1 : covariance / jointVar, ["auto_corr"] = autoCorr,
            ["clust_tend"] = tend, ["clust_shade"] = shade, ["clust_prom"] = prominence,
            ["info_corr1"] = hx == 0 ? 0 : (jointEntropy - hxy1) / hx, ["info_corr2"] = Math.Sqrt(1 - Math.Exp(-2 * (hxy2 - jointEntropy))),
        };
    }

    private static (double Mean, double Variance, double Entropy) Moments(Dictionary<int, double> distribution)
    {
        double mean = distribution.Sum(kv => kv.Key * kv.Value);
        double variance = distribution.Sum(kv => (kv.Key - mean) * (kv.Key - mean) * kv.Value);
        double entropy = -distribution.Values.Where(v => v > 0).Sum(v => v * Math.Log2(v));
        return (mean, variance, entropy);
    }
}
