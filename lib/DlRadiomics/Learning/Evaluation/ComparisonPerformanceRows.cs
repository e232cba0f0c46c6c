using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Learning.Evaluation;

/// <summary>
/// A model comparison's Table 4 rows as <see cref="PerformanceRow"/>s, so they sit in one <see cref="PerformanceTable"/>
/// beside a paper's rows: the chosen learner across the feature sets (Table 4), or every learner on one set (the
/// studies' supplementary tables). The "train" row is the pooled out-of-fold predictions at their Youden threshold;
/// the "test" row uses that threshold.
/// </summary>
public static class ComparisonPerformanceRows
{
    /// <summary>Table 4: <paramref name="learner"/> (the protocol's chosen one when null) on every feature set, train and test; the rows' model is the feature set, their source "ours (learner)".</summary>
    /// <exception cref="KeyNotFoundException">The protocol was not run, or the learner was not compared.</exception>
    public static IEnumerable<PerformanceRow> Table4Rows(this ModelComparisonResult result, ComparisonProtocol protocol = ComparisonProtocol.Safe, string? learner = null)
    {
        learner ??= result.Chosen.TryGetValue(protocol, out var chosen) ? chosen
            : throw new KeyNotFoundException($"the comparison has no {ModelComparisonResult.Protocol(protocol)} protocol; run it with that protocol");
        var mine = result.Evaluations.Where(e => e.Protocol == protocol && e.Learner == learner).ToList();
        if (mine.Count == 0) throw new KeyNotFoundException($"learner '{learner}' was not compared under the {ModelComparisonResult.Protocol(protocol)} protocol");
        return mine.SelectMany(e => Rows(e, e.FeatureSet, $"ours ({learner})"));
    }

    /// <summary>A supplementary table: every learner on <paramref name="featureSet"/>, train and test; the rows' model is the learner, their source "ours".</summary>
    /// <exception cref="KeyNotFoundException">No evaluation of that set under that protocol.</exception>
    public static IEnumerable<PerformanceRow> LearnerRows(this ModelComparisonResult result, string featureSet, ComparisonProtocol protocol = ComparisonProtocol.Safe)
    {
        var mine = result.Evaluations.Where(e => e.Protocol == protocol && e.FeatureSet == featureSet).ToList();
        if (mine.Count == 0) throw new KeyNotFoundException($"no evaluation of feature set '{featureSet}' under the {ModelComparisonResult.Protocol(protocol)} protocol");
        return mine.SelectMany(e => Rows(e, e.Learner, "ours"));
    }

    private static IEnumerable<PerformanceRow> Rows(LearnerEvaluation e, string model, string source) =>
        (e.Test is { } test ? new[] { e.Training, test } : [e.Training]).Select(c => new PerformanceRow(model, c.Cohort, source, c.Auc, c.Interval.Lower, c.Interval.Upper,
            c.Metrics.Accuracy, c.Metrics.Sensitivity, c.Metrics.Specificity, c.Metrics.PositivePredictiveValue, c.Metrics.NegativePredictiveValue, c.Threshold));
}
