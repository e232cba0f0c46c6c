using DlRadiomics.Statistics.RocAnalysis;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.DecisionAnalysis;

/// <summary>
/// Decision curve analysis (Vickers &amp; Elkin 2006) as R <c>dcurves::dca</c> and <c>rmda</c> compute it: the net
/// benefit of treating the patients whose predicted risk reaches a threshold probability pt, against treating
/// everybody and nobody.
/// </summary>
/// <remarks>
/// With n patients, TP(pt) = #{event ∧ p ≥ pt}, FP(pt) = #{no event ∧ p ≥ pt}:
/// NB(pt) = TP/n − FP/n · pt/(1 − pt); treat-all NB = π − (1 − π) · pt/(1 − pt) with π the prevalence; treat-none
/// NB = 0; standardised NB = NB/π. The weight pt/(1 − pt) is the odds at which a clinician is indifferent between
/// treating and not, so pt must lie in [0, 1).
/// </remarks>
public static class DecisionCurve
{
    /// <summary>
    /// The decision curve of the <paramref name="predicted"/> column against the <paramref name="outcome"/> column of a
    /// table (named after the column), with the missing-value rule and outcome coding of <see cref="FeatureMatrix"/>;
    /// rows left out are in <see cref="DecisionCurveResult.RowsDropped"/>.
    /// </summary>
    public static DecisionCurveResult Compute(DataFrame data, string predicted, string outcome, IReadOnlyList<double>? thresholds = null,
        MissingValuePolicy missing = MissingValuePolicy.ListwiseDeletion, string? positive = null)
    {
        var m = FeatureMatrix.From(data, [predicted], outcome, missing, positive);
        return Compute(predicted, m.Column(predicted), m.Outcome!, thresholds) with { RowsDropped = m.RowsDropped };
    }

    /// <summary>The usual grid 0.01, 0.02, …, 0.99.</summary>
    public static IReadOnlyList<double> DefaultThresholds() => Enumerable.Range(1, 99).Select(k => k / 100.0).ToArray();

    /// <summary>The decision curve of predicted probabilities on <paramref name="thresholds"/> (default grid when null).</summary>
    /// <exception cref="StatisticsInputException">A probability outside [0, 1] or NaN, a threshold outside [0, 1), lengths differ, or a single-class outcome.</exception>
    public static DecisionCurveResult Compute(string name, IReadOnlyList<double> probabilities, IReadOnlyList<int> outcome, IReadOnlyList<double>? thresholds = null)
    {
        if (probabilities.Count != outcome.Count)
            throw new StatisticsInputException($"'{name}' has {probabilities.Count} probabilities but the outcome has {outcome.Count}");
        for (int i = 0; i < probabilities.Count; i++)
            if (!(probabilities[i] >= 0 && probabilities[i] <= 1))
                throw new StatisticsInputException($"'{name}'[{i}] is {probabilities[i]}; decision curves need predicted probabilities in [0, 1] (calibrate or transform the score first)");
        int events = BinaryOutcome.CountCases(outcome);
        thresholds ??= DefaultThresholds();
        int n = outcome.Count;
        double prevalence = (double)events / n;
        var points = new DecisionCurvePoint[thresholds.Count];
        for (int k = 0; k < thresholds.Count; k++)
        {
            double pt = thresholds[k];
            if (!(pt >= 0 && pt < 1)) throw new StatisticsInputException($"threshold probability {pt} is outside [0, 1)");
            int tp = 0, fp = 0;
            for (int i = 0; i < n; i++)
                if (probabilities[i] >= pt) { if (outcome[i] == 1) tp++; else fp++; }
            double odds = pt / (1 - pt);
            double nb = (double)tp / n - (double)fp / n * odds;
            points[k] = new DecisionCurvePoint(pt, tp, fp, nb, nb / prevalence, prevalence - (1 - prevalence) * odds);
        }
        return new DecisionCurveResult(name, n, events, points);
    }
}
