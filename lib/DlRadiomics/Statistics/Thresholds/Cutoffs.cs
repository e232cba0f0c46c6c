using DlRadiomics.Statistics.RocAnalysis;

namespace DlRadiomics.Statistics.Thresholds;

/// <summary>Optimal cut-offs of scores and the cross-classification of two scores by their cut-offs.</summary>
public static class Cutoffs
{
    /// <summary>
    /// The Youden-optimal cut-off of a score (maximal sensitivity + specificity − 1; among tied thresholds the most sensitive,
    /// see <see cref="Roc.Youden"/>), in pROC's midpoint or scikit-learn's observed-score convention.
    /// </summary>
    public static ScoreCutoff Youden(
        string name, IReadOnlyList<double> scores, IReadOnlyList<int> outcome,
        RocDirection direction = RocDirection.Auto, RocThresholdConvention convention = RocThresholdConvention.Midpoint)
    {
        RocCurve curve;
        try { curve = Roc.Curve(scores, outcome, direction, convention); }
        catch (StatisticsInputException e) { throw new StatisticsInputException($"score '{name}': {e.Message}"); }
        var point = Roc.Youden(curve);
        return new ScoreCutoff(name, point.Threshold, curve.Direction, point.YoudenIndex, Roc.MetricsAt(curve, point.Threshold));
    }

    /// <summary>Cross-classifies patients into high/low groups of two scores and counts patients and events per cell.</summary>
    public static CrossClassification CrossClassify(
        ScoreCutoff first, IReadOnlyList<double> firstScores,
        ScoreCutoff second, IReadOnlyList<double> secondScores,
        IReadOnlyList<int> outcome)
    {
        if (firstScores.Count != outcome.Count || secondScores.Count != outcome.Count)
            throw new StatisticsInputException($"'{first.Name}' has {firstScores.Count} scores, '{second.Name}' {secondScores.Count}, the outcome {outcome.Count}; give one of each per patient");
        BinaryOutcome.CountCases(outcome);
        var counts = new int[2, 2];
        var events = new int[2, 2];
        for (int i = 0; i < outcome.Count; i++)
        {
            if (!double.IsFinite(firstScores[i]) || !double.IsFinite(secondScores[i]))
                throw new StatisticsInputException($"patient {i} has a missing score ('{first.Name}' = {firstScores[i]}, '{second.Name}' = {secondScores[i]})");
            int a = first.IsHigh(firstScores[i]) ? 0 : 1, b = second.IsHigh(secondScores[i]) ? 0 : 1;
            counts[a, b]++;
            events[a, b] += outcome[i];
        }
        var cells = new List<CrossClassificationCell>();
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 2; b++)
                cells.Add(new CrossClassificationCell(a == 0, b == 0, counts[a, b], events[a, b]));
        return new CrossClassification(first, second, cells);
    }
}
