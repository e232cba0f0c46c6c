using DlRadiomics.Statistics.HypothesisTests;

namespace DlRadiomics.Statistics.Selection;

/// <summary>
/// The studies' univariate screen: keep features whose two-group test (Mann–Whitney U in the papers) between
/// outcome 0 and outcome 1 has p &lt; alpha. The test is passed in, so the screen uses whichever Mann–Whitney
/// convention (exact, asymptotic with continuity correction) the caller chose.
/// </summary>
public static class MannWhitneyScreen
{
    /// <summary>Screens with <see cref="MannWhitneyTest"/> (tie-corrected; exact p for small samples without ties under <see cref="MannWhitneyMethod.Auto"/>).</summary>
    public static IReadOnlyList<SelectedFeature> Select(double[][] x, IReadOnlyList<int> y, IReadOnlyList<string> featureNames,
        double alpha = 0.05, MannWhitneyMethod method = MannWhitneyMethod.Auto) =>
        Select(x, y, featureNames, (a, b) => MannWhitneyTest.Compute(a, b, method).PValue, alpha);

    /// <summary>Screens with any two-sample test.</summary>
    /// <param name="x">Patients × features.</param>
    /// <param name="y">Outcome 0/1.</param>
    /// <param name="featureNames">Column names.</param>
    /// <param name="alpha">Significance level.</param>
    /// <param name="pValue">Two-sided p-value of the test on (values with outcome 0, values with outcome 1).</param>
    /// <returns>Kept features in column order, each with its p-value as <see cref="SelectedFeature.Value"/>.</returns>
    public static IReadOnlyList<SelectedFeature> Select(double[][] x, IReadOnlyList<int> y, IReadOnlyList<string> featureNames,
        Func<IReadOnlyList<double>, IReadOnlyList<double>, double> pValue, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(pValue);
        if (alpha is <= 0 or > 1) throw new ModelInputException($"alpha = {alpha}; give a level in (0, 1]");
        var cols = FeatureRows.Columns(x);
        FeatureRows.CheckLength(x.Length, y.Count);
        FeatureRows.CheckBinary(y);
        var names = FeatureRows.Names(featureNames, cols.Length);
        var kept = new List<SelectedFeature>();
        for (int j = 0; j < cols.Length; j++)
        {
            var controls = cols[j].Where((_, i) => y[i] == 0).ToArray();
            var cases = cols[j].Where((_, i) => y[i] == 1).ToArray();
            double pv = pValue(controls, cases);
            if (double.IsNaN(pv)) throw new ModelInputException($"the test returned NaN for feature '{names[j]}'");
            if (pv < alpha) kept.Add(new SelectedFeature(names[j], j, pv));
        }
        return kept;
    }
}
