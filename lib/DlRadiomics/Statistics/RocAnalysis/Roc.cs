using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;
namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// Empirical ROC analysis of one continuous score against a 0/1 outcome, reproducing R's pROC (<c>roc</c>,
/// <c>auc</c>, <c>coords</c>).
/// </summary>
/// <remarks>
/// With distinct scores u₁ &lt; … &lt; u_U, pROC's thresholds are −∞, (u_i + u_{i+1})/2, +∞. For
/// direction "&lt;" a patient is positive when score ≥ t; sensitivity = #cases ≥ t / #cases and specificity =
/// #controls &lt; t / #controls. Points run from "everyone positive" to "nobody positive" (thresholds ascending for
/// "&lt;", descending for "&gt;"), as in a pROC roc object. AUC = P(X_case &gt; X_control) + ½ P(X_case = X_control) (Mann–Whitney), which equals the
/// trapezoidal area of the curve. "auto" direction follows pROC: "&lt;" when median(controls) ≤ median(cases).
/// </remarks>
public static class Roc
{
    /// <summary>
    /// The ROC curve of the <paramref name="score"/> column for the two-class <paramref name="outcome"/> column of a
    /// table; rows missing either are left out and counted in <see cref="RocCurve.RowsDropped"/> (or an error with
    /// <see cref="MissingValuePolicy.Error"/>); a text outcome is coded as <see cref="FeatureMatrix"/> codes it.
    /// </summary>
    public static RocCurve Curve(DataFrame data, string score, string outcome, RocDirection direction = RocDirection.Auto,
        RocThresholdConvention convention = RocThresholdConvention.Midpoint, MissingValuePolicy missing = MissingValuePolicy.ListwiseDeletion, string? positive = null)
    {
        var m = FeatureMatrix.From(data, [score], outcome, missing, positive);
        return Curve(m.Column(score), m.Outcome!, direction, convention) with { RowsDropped = m.RowsDropped };
    }

    /// <summary>The ROC curve of <paramref name="scores"/> for the 0/1 <paramref name="outcome"/>.</summary>
    /// <exception cref="StatisticsInputException">Lengths differ, a score is NaN/∞, the outcome is not 0/1 or has one class.</exception>
    public static RocCurve Curve(
        IReadOnlyList<double> scores,
        IReadOnlyList<int> outcome,
        RocDirection direction = RocDirection.Auto,
        RocThresholdConvention convention = RocThresholdConvention.Midpoint)
    {
        var split = BinaryOutcome.Split(scores, outcome);
        var resolved = Resolve(direction, split.Cases, split.Controls);
        var ranked = new RankedScores(split.Cases, split.Controls);
        int u = ranked.Values.Length;
        var thresholds = new double[u + 1];
        var sensitivities = new double[u + 1];
        var specificities = new double[u + 1];
        bool lower = resolved == RocDirection.ControlsLower;
        // Cumulative counts of cases/controls strictly below threshold t_i, i.e. at values u_0..u_{i-1}.
        int casesBelow = 0, controlsBelow = 0;
        for (int i = 0; i <= u; i++)
        {
            if (i > 0) { casesBelow += ranked.CasesAt[i - 1]; controlsBelow += ranked.ControlsAt[i - 1]; }
            thresholds[i] = Threshold(ranked.Values, i, resolved, convention);
            int truePositives = lower ? ranked.CaseCount - casesBelow : casesBelow;
            int trueNegatives = lower ? controlsBelow : ranked.ControlCount - controlsBelow;
            sensitivities[i] = (double)truePositives / ranked.CaseCount;
            specificities[i] = (double)trueNegatives / ranked.ControlCount;
        }
        if (!lower)
        {
            // pROC lists every curve from "everyone positive" to "nobody positive": for ">" that is +∞ downwards.
            Array.Reverse(thresholds);
            Array.Reverse(sensitivities);
            Array.Reverse(specificities);
        }
        return new RocCurve(resolved, convention, thresholds, sensitivities, specificities, ranked.Auc(resolved),
            split.Cases, split.Controls, outcome.ToArray());
    }

    /// <summary>The AUC alone (Mann–Whitney), without building the curve's points.</summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<int> outcome, RocDirection direction = RocDirection.Auto)
    {
        var split = BinaryOutcome.Split(scores, outcome);
        return new RankedScores(split.Cases, split.Controls).Auc(Resolve(direction, split.Cases, split.Controls));
    }

    /// <summary>
    /// The Youden-optimal point of a curve. Ties (equal J, compared exactly in integer counts) are all listed in curve
    /// order, as pROC's <c>coords</c> rows; the first — the most sensitive of them — is <see cref="YoudenPoint.Threshold"/>.
    /// </summary>
    public static YoudenPoint Youden(RocCurve curve)
    {
        // J ∝ TP·n_controls + TN·n_cases: integer comparison, so equal J values tie exactly.
        long best = long.MinValue;
        var tied = new List<int>();
        for (int i = 0; i < curve.Thresholds.Count; i++)
        {
            long tp = (long)Math.Round(curve.Sensitivities[i] * curve.CaseCount);
            long tn = (long)Math.Round(curve.Specificities[i] * curve.ControlCount);
            long j = tp * curve.ControlCount + tn * curve.CaseCount;
            if (j > best) { best = j; tied.Clear(); }
            if (j == best) tied.Add(i);
        }
        int first = tied[0];
        double se = curve.Sensitivities[first], sp = curve.Specificities[first];
        return new YoudenPoint(curve.Thresholds[first], se, sp, se + sp - 1.0, tied.Select(i => curve.Thresholds[i]).ToArray());
    }

    /// <summary>
    /// The confusion matrix and Table 4 metrics of the rule "positive when score ≥ threshold" (direction
    /// <see cref="RocDirection.ControlsLower"/>) or "score ≤ threshold" (<see cref="RocDirection.ControlsHigher"/>).
    /// </summary>
    public static ClassificationMetrics MetricsAt(
        IReadOnlyList<double> scores, IReadOnlyList<int> outcome, double threshold, RocDirection direction = RocDirection.ControlsLower)
    {
        var split = BinaryOutcome.Split(scores, outcome);
        return MetricsAt(split.Cases, split.Controls, threshold, Resolve(direction, split.Cases, split.Controls));
    }

    /// <summary>Metrics of a curve's own scores at <paramref name="threshold"/>, in the curve's direction.</summary>
    public static ClassificationMetrics MetricsAt(RocCurve curve, double threshold) =>
        MetricsAt(curve.Cases, curve.Controls, threshold, curve.Direction);

    private static ClassificationMetrics MetricsAt(IReadOnlyList<double> cases, IReadOnlyList<double> controls, double threshold, RocDirection direction)
    {
        if (double.IsNaN(threshold)) throw new StatisticsInputException("the threshold is NaN; give a number (±∞ allowed)");
        bool Positive(double s) => direction == RocDirection.ControlsLower ? s >= threshold : s <= threshold;
        int tp = cases.Count(Positive), fp = controls.Count(Positive);
        return new ClassificationMetrics(threshold, direction, tp, fp, controls.Count - fp, cases.Count - tp);
    }

    internal static RocDirection Resolve(RocDirection direction, double[] cases, double[] controls) =>
        direction != RocDirection.Auto ? direction
        : Median(controls) <= Median(cases) ? RocDirection.ControlsLower : RocDirection.ControlsHigher;

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /// <summary>Threshold i of U + 1 (between distinct values u_{i−1} and u_i) in the requested convention.</summary>
    private static double Threshold(double[] u, int i, RocDirection direction, RocThresholdConvention convention)
    {
        double below = i == 0 ? double.NegativeInfinity : u[i - 1];
        double above = i == u.Length ? double.PositiveInfinity : u[i];
        bool lower = direction == RocDirection.ControlsLower;
        if (convention == RocThresholdConvention.ObservedScore)
            return lower ? above : below;
        double mid = (below + above) / 2.0;
        if (Math.Abs(mid) > 1e100) mid = below / 2.0 + above / 2.0;
        // Adjacent doubles have no midpoint; pROC then moves the threshold onto the value that keeps the
        // classification of "<" (the upper value) or ">" (the lower value).
        if (double.IsFinite(mid) && mid == below && lower) mid = above;
        else if (double.IsFinite(mid) && mid == above && !lower) mid = below;
        return mid;
    }
}
