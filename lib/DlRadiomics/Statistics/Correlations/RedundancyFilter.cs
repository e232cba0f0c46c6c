namespace DlRadiomics.Statistics.Correlations;

/// <summary>
/// The studies' redundancy filter: among feature pairs with |Spearman ρ| &gt; 0.9, remove greedily and recursively the
/// feature most redundant with the current set, until no such pair is left.
/// </summary>
/// <remarks>
/// Rule, applied one feature at a time to the set S of features still present:
/// 1. for every f in S let c(f) = #{g ∈ S, g ≠ f : |ρ(f, g)| &gt; threshold}; stop when every c(f) = 0;
/// 2. remove the f with the largest c(f); ties go to the larger mean |ρ(f, g)| over all other g ∈ S; remaining ties
///    to the feature later in the input order (so, other things equal, earlier columns are kept).
/// Every pair above the threshold therefore loses at least one member, and no feature is removed whose partners have
/// all gone already. Deterministic for a given column order. O(p²) after the matrix.
/// </remarks>
public static class RedundancyFilter
{
    public static RedundancyFilterResult Apply(IReadOnlyList<string> names, IReadOnlyList<IReadOnlyList<double>> columns, RedundancyFilterOptions? options = null)
    {
        options ??= new RedundancyFilterOptions();
        return Apply(Correlation.Matrix(names, columns, options.Method), options);
    }

    /// <summary>The filter on a precomputed matrix (its method must be the options' method).</summary>
    public static RedundancyFilterResult Apply(CorrelationMatrix matrix, RedundancyFilterOptions? options = null)
    {
        options ??= new RedundancyFilterOptions(Method: matrix.Method);
        if (matrix.Method != options.Method)
            throw new StatisticsInputException($"the matrix holds {matrix.Method} coefficients but the filter was asked for {options.Method}");
        if (!(options.Threshold >= 0 && options.Threshold < 1))
            throw new StatisticsInputException($"the redundancy threshold must lie in [0, 1), got {options.Threshold}");
        int p = matrix.Names.Count;
        var present = Enumerable.Repeat(true, p).ToArray();
        var counts = new int[p];
        var sums = new double[p];
        for (int i = 0; i < p; i++)
            for (int j = 0; j < p; j++)
                if (j != i)
                {
                    double a = Math.Abs(matrix.Coefficient(i, j));
                    sums[i] += a;
                    if (a > options.Threshold) counts[i]++;
                }
        var removed = new List<RemovedFeature>();
        for (int remaining = p; ; remaining--)
        {
            int drop = -1;
            for (int i = 0; i < p; i++)
            {
                if (!present[i] || counts[i] == 0) continue;
                if (drop < 0 || counts[i] > counts[drop] || (counts[i] == counts[drop] && sums[i] >= sums[drop])) drop = i;
            }
            if (drop < 0) break;
            var partners = new List<CorrelatedPartner>();
            for (int j = 0; j < p; j++)
                if (present[j] && j != drop && Math.Abs(matrix.Coefficient(drop, j)) > options.Threshold)
                    partners.Add(new CorrelatedPartner(matrix.Names[j], matrix.Coefficient(drop, j)));
            removed.Add(new RemovedFeature(matrix.Names[drop], removed.Count, partners, sums[drop] / (remaining - 1)));
            present[drop] = false;
            for (int i = 0; i < p; i++)
            {
                if (!present[i]) continue;
                double a = Math.Abs(matrix.Coefficient(i, drop));
                sums[i] -= a;
                if (a > options.Threshold) counts[i]--;
            }
        }
        return new RedundancyFilterResult(options, matrix.Names.Where((_, i) => present[i]).ToArray(), removed);
    }
}
