namespace DlRadiomics.Statistics.Agreement;

/// <summary>
/// The studies' reproducibility filter: compute one ICC per radiomics feature from repeated delineations
/// (intra-observer: one reader twice; inter-observer: two readers) and keep the features whose ICC is above 0.75.
/// </summary>
/// <remarks>
/// Input is the extraction table stacked over readings: one row per (subject, reading), one column per feature. The
/// ICC form defaults to ICC(2,1) (two-way random, absolute agreement, single measure), the usual choice in radiomics;
/// the threshold is strict (ICC &gt; threshold). A feature whose ICC is undefined (no variance at all, or readings
/// identical on every subject) is reported with the problem and is not kept.
/// </remarks>
public static class IccFeatureFilter
{
    public static IccFilterResult Apply(
        IReadOnlyList<string> subjects,
        IReadOnlyList<string> readings,
        IReadOnlyList<string> featureNames,
        IReadOnlyList<IReadOnlyList<double>> featureColumns,
        IccForm form = IccForm.Icc2,
        double threshold = 0.75,
        IccOptions? options = null)
    {
        if (featureNames.Count != featureColumns.Count)
            throw new StatisticsInputException($"{featureNames.Count} feature names for {featureColumns.Count} columns");
        var features = new List<FeatureIcc>(featureNames.Count);
        for (int f = 0; f < featureNames.Count; f++)
        {
            try
            {
                var result = IntraclassCorrelation.Compute(subjects, readings, featureColumns[f], options);
                features.Add(new FeatureIcc(featureNames[f], result, result[form], result[form].Value > threshold, null));
            }
            catch (UndefinedStatisticException e)
            {
                features.Add(new FeatureIcc(featureNames[f], null, null, false, e.Message));
            }
            catch (StatisticsInputException e)
            {
                throw new StatisticsInputException($"feature '{featureNames[f]}': {e.Message}");
            }
        }
        return new IccFilterResult(form, threshold, features);
    }
}

/// <summary>The per-feature ICCs and the kept features (ICC &gt; threshold) in input order.</summary>
public sealed record IccFilterResult(IccForm Form, double Threshold, IReadOnlyList<FeatureIcc> Features)
{
    public IReadOnlyList<string> Kept => Features.Where(f => f.Kept).Select(f => f.Name).ToArray();
}

/// <summary>One feature's ICCs and whether it passed the filter.</summary>
/// <param name="Name">The feature.</param>
/// <param name="Result">All six forms and the ANOVA; null when the ICC is undefined.</param>
/// <param name="Estimate">The form the filter used; null when undefined.</param>
/// <param name="Kept">Estimate &gt; threshold.</param>
/// <param name="Problem">Why the ICC is undefined, otherwise null.</param>
public sealed record FeatureIcc(string Name, IccResult? Result, IccEstimate? Estimate, bool Kept, string? Problem);
