using DlRadiomics.Statistics.Validation;
using MathNet.Numerics;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// Mutual information (in nats) between each feature and a class outcome, as scikit-learn's
/// <c>mutual_info_classif</c>: the Ross (2014) k-nearest-neighbour estimator for continuous features and the plug-in
/// estimate for discrete ones.
/// </summary>
/// <remarks>
/// <para>Continuous feature c, class d (Ross 2014): features are first divided by their population SD. For each point
/// i in a class of size N_d &gt; 1, k_i = min(k, N_d − 1) and r_i is just below the distance to its k_i-th neighbour
/// within the class; m_i counts all points (itself included) with |c_j − c_i| ≤ r_i. Points alone in their class are
/// dropped. I = ψ(N) + ⟨ψ(k_i)⟩ − ⟨ψ(N_d)⟩ − ⟨ψ(m_i)⟩, floored at 0.</para>
/// <para>Discrete feature: I = Σ_xy p(x,y) ln(p(x,y) / (p(x)p(y))) from the contingency table.</para>
/// </remarks>
public static class MutualInformation
{
    /// <summary>Mutual information of every column of <paramref name="x"/> with the class labels <paramref name="y"/>.</summary>
    public static double[] Classif(double[][] x, IReadOnlyList<int> y, MutualInformationOptions? options = null)
    {
        options ??= new MutualInformationOptions();
        if (options.Neighbors < 1) throw new ModelInputException($"Neighbors = {options.Neighbors}; give at least 1");
        var cols = FeatureRows.Columns(x);
        FeatureRows.CheckLength(x.Length, y.Count);
        int n = x.Length, p = cols.Length;
        var discrete = options.DiscreteFeatures ?? new bool[p];
        if (discrete.Length != p) throw new ModelInputException($"DiscreteFeatures has {discrete.Length} entries for {p} features");
        if (y.Distinct().Count() < 2) throw new ModelInputException($"the outcome has a single class ({y[0]}); mutual information with it is 0 by definition and selects nothing");

        var scaled = new double[p][];
        for (int j = 0; j < p; j++)
        {
            if (discrete[j]) { scaled[j] = cols[j]; continue; }
            double mean = cols[j].Average();
            double sd = Math.Sqrt(cols[j].Sum(v => (v - mean) * (v - mean)) / n);
            if (sd == 0) sd = 1;
            scaled[j] = cols[j].Select(v => v / sd).ToArray();
        }
        if (options.NoiseSeed is int seed)
        {
            var continuous = Enumerable.Range(0, p).Where(j => !discrete[j]).ToArray();
            var amplitude = continuous.Select(j => Math.Max(1, scaled[j].Average(Math.Abs))).ToArray();
            var random = new NumpyRandomState(seed);
            for (int i = 0; i < n; i++)
                for (int c = 0; c < continuous.Length; c++) scaled[continuous[c]][i] += 1e-10 * amplitude[c] * random.NextGaussian();
        }
        var mi = new double[p];
        for (int j = 0; j < p; j++)
            mi[j] = discrete[j] ? Discrete(scaled[j].Select(v => (long)Math.Round(v)).ToArray(), y.Select(v => (long)v).ToArray())
                                : ContinuousDiscrete(scaled[j], y, options.Neighbors);
        return mi;
    }

    /// <summary>Features ranked by mutual information with the outcome, the <paramref name="top"/> largest kept.</summary>
    public static IReadOnlyList<SelectedFeature> SelectTop(double[][] x, IReadOnlyList<int> y, int top,
        IReadOnlyList<string>? featureNames = null, MutualInformationOptions? options = null)
    {
        var mi = Classif(x, y, options);
        return FeatureRanking.Top(mi, FeatureRows.Names(featureNames, mi.Length), top);
    }

    /// <summary>Plug-in mutual information of two discrete variables (scikit-learn <c>mutual_info_score</c>).</summary>
    public static double Discrete(IReadOnlyList<long> a, IReadOnlyList<long> b)
    {
        if (a.Count != b.Count) throw new ModelInputException($"{a.Count} values against {b.Count}; both variables must describe the same rows");
        int n = a.Count;
        var joint = new Dictionary<(long, long), int>();
        var ca = new Dictionary<long, int>();
        var cb = new Dictionary<long, int>();
        for (int i = 0; i < n; i++)
        {
            joint[(a[i], b[i])] = joint.GetValueOrDefault((a[i], b[i])) + 1;
            ca[a[i]] = ca.GetValueOrDefault(a[i]) + 1;
            cb[b[i]] = cb.GetValueOrDefault(b[i]) + 1;
        }
        double mi = 0;
        foreach (var ((va, vb), count) in joint)
            mi += (double)count / n * (Math.Log((double)count * n) - Math.Log((double)ca[va] * cb[vb]));
        return Math.Max(0, mi);
    }

    private static double ContinuousDiscrete(double[] c, IReadOnlyList<int> d, int neighbors)
    {
        int n = c.Length;
        var radius = new double[n];
        var kAll = new int[n];
        var labelCount = new int[n];
        foreach (var group in Enumerable.Range(0, n).GroupBy(i => d[i]))
        {
            var members = group.OrderBy(i => c[i]).ToArray();
            int count = members.Length;
            foreach (int i in members) labelCount[i] = count;
            if (count < 2) continue;
            int k = Math.Min(neighbors, count - 1);
            var values = members.Select(i => c[i]).ToArray();
            for (int t = 0; t < count; t++)
            {
                // k-th nearest neighbour of position t among the sorted class values (itself excluded).
                int left = t - 1, right = t + 1;
                double dist = 0;
                for (int taken = 0; taken < k; taken++)
                {
                    double dl = left >= 0 ? values[t] - values[left] : double.PositiveInfinity;
                    double dr = right < count ? values[right] - values[t] : double.PositiveInfinity;
                    if (dl <= dr) { dist = dl; left--; } else { dist = dr; right++; }
                }
                radius[members[t]] = dist > 0 ? Math.BitDecrement(dist) : 0; // nextafter(dist, 0)
                kAll[members[t]] = k;
            }
        }
        var kept = Enumerable.Range(0, n).Where(i => labelCount[i] > 1).ToArray();
        var sorted = kept.Select(i => c[i]).Order().ToArray();
        double sumK = 0, sumLabel = 0, sumM = 0;
        foreach (int i in kept)
        {
            int pos = Array.BinarySearch(sorted, c[i]);
            while (pos > 0 && sorted[pos - 1] == c[i]) pos--;
            int m = 0;
            for (int j = pos; j < sorted.Length && Math.Abs(sorted[j] - c[i]) <= radius[i]; j++) m++;
            for (int j = pos - 1; j >= 0 && Math.Abs(sorted[j] - c[i]) <= radius[i]; j--) m++;
            sumK += SpecialFunctions.DiGamma(kAll[i]);
            sumLabel += SpecialFunctions.DiGamma(labelCount[i]);
            sumM += SpecialFunctions.DiGamma(m);
        }
        int nk = kept.Length;
        if (nk == 0) return 0;
        double mi = SpecialFunctions.DiGamma(nk) + sumK / nk - sumLabel / nk - sumM / nk;
        return Math.Max(0, mi);
    }
}
