using DlRadiomics.Numerics;

namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// DeLong's nonparametric variance of the AUC: confidence interval of one AUC and tests comparing two AUCs,
/// reproducing pROC (<c>ci.auc</c>, <c>roc.test</c> with <c>method = "delong"</c>).
/// </summary>
/// <remarks>
/// See <see cref="DeLongPlacements"/> for the components. CI: θ ± z₁₋α/₂·sqrt(Var), clipped to [0, 1].
/// Paired: with S = S10/m + S01/n the 2×2 covariance of (AUC₁, AUC₂) over the same cases and controls,
/// Z = (θ₁ − θ₂)/sqrt(S₁₁ + S₂₂ − 2S₁₂), p = 2Φ(−|Z|); Z = 0 when both difference and SE are 0 (pROC).
/// </remarks>
public static class DeLong
{
    /// <summary>pROC <c>ci.auc(roc, method = "delong", conf.level = level)</c>.</summary>
    public static AucConfidenceInterval ConfidenceInterval(RocCurve curve, double level = 0.95)
    {
        CheckLevel(level);
        if (curve.CaseCount < 2 || curve.ControlCount < 2)
            throw new StatisticsInputException($"the DeLong interval needs at least 2 cases and 2 controls (got {curve.CaseCount} and {curve.ControlCount})");
        var p = DeLongPlacements.Of(curve);
        double se = Math.Sqrt(p.Variance);
        double z = Distributions.NormalQuantile(1 - (1 - level) / 2);
        return new AucConfidenceInterval(AucIntervalMethod.DeLong, level, curve.Auc,
            Math.Clamp(curve.Auc - z * se, 0, 1), curve.Auc, Math.Clamp(curve.Auc + z * se, 0, 1), se, 0, null);
    }

    /// <summary>
    /// Paired DeLong test of two curves on the same patients (built from the same outcome vector, in the same order).
    /// </summary>
    public static DeLongTest Compare(RocCurve first, RocCurve second, double level = 0.95)
    {
        CheckLevel(level);
        if (!first.Outcome.SequenceEqual(second.Outcome))
            throw new StatisticsInputException("the paired DeLong test needs both ROC curves built on the same patients (identical outcome vectors in the same order); use CompareUnpaired for independent cohorts");
        if (first.CaseCount < 2 || first.ControlCount < 2)
            throw new StatisticsInputException($"the DeLong test needs at least 2 cases and 2 controls (got {first.CaseCount} and {first.ControlCount})");
        var a = DeLongPlacements.Of(first);
        var b = DeLongPlacements.Of(second);
        int m = first.CaseCount, n = first.ControlCount;
        double covariance = DeLongPlacements.CrossVariance(a.Cases, a.Theta, b.Cases, b.Theta) / m
                          + DeLongPlacements.CrossVariance(a.Controls, a.Theta, b.Controls, b.Theta) / n;
        double variance = a.Variance + b.Variance - 2 * covariance;
        double se = Math.Sqrt(Math.Max(variance, 0));
        double d = a.Theta - b.Theta;
        double z = d == 0 ? 0 : d / se;
        double p = 2 * Distributions.NormalUpperTail(Math.Abs(z));
        double crit = Distributions.NormalQuantile(1 - (1 - level) / 2);
        return new DeLongTest(a.Theta, b.Theta, d, se, z, p, level, d - crit * se, d + crit * se, first.Direction != second.Direction);
    }

    /// <summary>Unpaired DeLong test of two curves from independent samples (pROC <c>paired = FALSE</c>).</summary>
    public static DeLongUnpairedTest CompareUnpaired(RocCurve first, RocCurve second)
    {
        foreach (var c in new[] { first, second })
            if (c.CaseCount < 2 || c.ControlCount < 2)
                throw new StatisticsInputException($"the DeLong test needs at least 2 cases and 2 controls per curve (got {c.CaseCount} and {c.ControlCount})");
        var a = DeLongPlacements.Of(first);
        var b = DeLongPlacements.Of(second);
        double va = a.Variance, vb = b.Variance;
        if (va + vb == 0)
            throw new StatisticsInputException($"both AUCs ({a.Theta} and {b.Theta}) have zero DeLong variance (complete separation), so the unpaired test is undefined");
        double se = Math.Sqrt(va + vb);
        double d = a.Theta - b.Theta;
        double t = d == 0 ? 0 : d / se;
        double df = (va + vb) * (va + vb) / (va * va / (first.Outcome.Count - 1) + vb * vb / (second.Outcome.Count - 1));
        double p = Distributions.StudentTTwoSided(t, df);
        return new DeLongUnpairedTest(a.Theta, b.Theta, d, se, t, df, p, first.Direction != second.Direction);
    }

    internal static void CheckLevel(double level)
    {
        if (!(level > 0 && level < 1)) throw new StatisticsInputException($"the confidence level must lie strictly between 0 and 1, got {level}");
    }
}
