using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;
namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>The discrimination analysis of Table 4 and Figure 8 in one call per score, and pairwise DeLong tests.</summary>
public static class Discrimination
{
    /// <summary>
    /// <see cref="Summarize(string, IReadOnlyList{double}, IReadOnlyList{int}, DiscriminationOptions?)"/> of the
    /// <paramref name="score"/> column against the <paramref name="outcome"/> column of a table, with the missing-value
    /// rule and outcome coding of <see cref="FeatureMatrix"/>; the rows left out are in <see cref="DiscriminationSummary.RowsDropped"/>.
    /// </summary>
    public static DiscriminationSummary Summarize(DataFrame data, string score, string outcome, DiscriminationOptions? options = null,
        MissingValuePolicy missing = MissingValuePolicy.ListwiseDeletion, string? positive = null)
    {
        var m = FeatureMatrix.From(data, [score], outcome, missing, positive);
        var summary = Summarize(score, m.Column(score), m.Outcome!, options);
        return summary with { Curve = summary.Curve with { RowsDropped = m.RowsDropped }, RowsDropped = m.RowsDropped };
    }

    /// <summary>AUC, its DeLong and stratified-bootstrap intervals, the Youden point and the metrics at that threshold.</summary>
    /// <exception cref="StatisticsInputException">Bad scores or outcome (see <see cref="Roc.Curve(IReadOnlyList{double}, IReadOnlyList{int}, RocDirection, RocThresholdConvention)"/>), or a constant score.</exception>
    public static DiscriminationSummary Summarize(string name, IReadOnlyList<double> scores, IReadOnlyList<int> outcome, DiscriminationOptions? options = null)
    {
        options ??= new DiscriminationOptions();
        RocCurve curve;
        try { curve = Roc.Curve(scores, outcome, options.Direction, options.Convention); }
        catch (StatisticsInputException e) { throw new StatisticsInputException($"score '{name}': {e.Message}"); }
        if (curve.Thresholds.Count == 2)
            throw new StatisticsInputException($"score '{name}' is constant (every patient has {scores[0]}), so it cannot discriminate; its AUC would be 0.5 with a zero-width interval");
        var youden = Roc.Youden(curve);
        return new DiscriminationSummary(name, curve,
            DeLong.ConfidenceInterval(curve, options.Level),
            options.BootstrapReplicates > 0 ? RocBootstrap.ConfidenceInterval(curve, options.BootstrapReplicates, options.Seed, options.Level) : null,
            youden,
            Roc.MetricsAt(curve, youden.Threshold));
    }

    /// <summary>Paired DeLong tests of every pair of summaries (i &lt; j, in the given order).</summary>
    public static IReadOnlyList<NamedDeLongTest> CompareAll(IReadOnlyList<DiscriminationSummary> summaries, double level = 0.95)
    {
        var tests = new List<NamedDeLongTest>();
        for (int i = 0; i < summaries.Count; i++)
            for (int j = i + 1; j < summaries.Count; j++)
                tests.Add(new NamedDeLongTest(summaries[i].Name, summaries[j].Name, DeLong.Compare(summaries[i].Curve, summaries[j].Curve, level)));
        return tests;
    }
}

/// <summary>A paired DeLong test labelled with the names of the two scores (first − second).</summary>
public sealed record NamedDeLongTest(string First, string Second, DeLongTest Test);
