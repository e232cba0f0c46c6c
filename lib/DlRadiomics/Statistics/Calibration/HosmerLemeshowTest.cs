using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Calibration;

/// <summary>Hosmer–Lemeshow test with g groups by quantiles of predicted risk, as <c>ResourceSelection::hoslem.test</c>.</summary>
/// <remarks>
/// Breaks are the 0, 1/g, …, 1 quantiles (R type 7) of p; groups are (b_{k−1}, b_k] with the first closed on the left
/// (R <c>cut(include.lowest = TRUE)</c>). With observed O and expected E counts of events (1) and non-events (0) per group,
/// Ĉ = Σ (O − E)²/E over both columns, df = G − 2 for G groups. When breaks tie (many equal predictions, as from a
/// model on a few binary factors) only the distinct breaks are kept, giving G &lt; g groups and df = G − 2, and an
/// empty group adds nothing: the rule of <c>DescTools::HosmerLemeshowTest</c> (from MKmisc), where
/// <c>hoslem.test</c> stops. <see cref="HosmerLemeshowResult.GroupsUsed"/> and
/// <see cref="HosmerLemeshowResult.GroupsRequested"/> show when that happened. Fewer than 3 distinct groups are an error.
/// </remarks>
public static class HosmerLemeshowTest
{
    /// <summary>
    /// The test of the <paramref name="predicted"/> column against the <paramref name="outcome"/> column of a table,
    /// with the missing-value rule and outcome coding of <see cref="FeatureMatrix"/>; rows left out are in
    /// <see cref="HosmerLemeshowResult.RowsDropped"/>.
    /// </summary>
    public static HosmerLemeshowResult Compute(DataFrame data, string predicted, string outcome, int groups = 10,
        MissingValuePolicy missing = MissingValuePolicy.ListwiseDeletion, string? positive = null)
    {
        var m = FeatureMatrix.From(data, [predicted], outcome, missing, positive);
        return Compute(m.Column(predicted), m.Outcome!, groups) with { RowsDropped = m.RowsDropped };
    }

    public static HosmerLemeshowResult Compute(IReadOnlyList<double> predicted, IReadOnlyList<int> outcome, int groups = 10)
    {
        CalibrationInput.Validate(predicted, outcome, "Hosmer–Lemeshow test", openInterval: false);
        if (groups < 3) throw new StatisticsInputException($"Hosmer–Lemeshow test: needs at least 3 groups (df = g − 2), got {groups}.");
        var sorted = predicted.OrderBy(v => v).ToArray();
        var breaks = Enumerable.Range(0, groups + 1).Select(k => Quantiles.Type7(sorted, (double)k / groups)).Distinct().ToArray();
        int used = breaks.Length - 1;
        if (used < 3)
            throw new StatisticsInputException($"Hosmer–Lemeshow test: too many tied predictions — {sorted.Distinct().Count()} distinct values, whose {groups}-quantiles " +
                $"({string.Join(", ", breaks.Select(b => b.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)))}) give {used} risk group(s); the test needs at least 3 (df = groups − 2), so it cannot judge a model with so few distinct predictions.");
        var count = new int[used]; var observed = new double[used]; var expected = new double[used];
        for (int i = 0; i < predicted.Count; i++)
        {
            int g = 0;
            while (g < used - 1 && predicted[i] > breaks[g + 1]) g++;
            count[g]++; observed[g] += outcome[i]; expected[g] += predicted[i];
        }
        double c = 0;
        for (int g = 0; g < used; g++)
        {
            if (count[g] == 0) continue;
            double o0 = count[g] - observed[g], e0 = count[g] - expected[g];
            c += (observed[g] - expected[g]) * (observed[g] - expected[g]) / expected[g] + (o0 - e0) * (o0 - e0) / e0;
        }
        int df = used - 2;
        var list = Enumerable.Range(0, used).Select(g => new HosmerLemeshowGroup(breaks[g], breaks[g + 1], count[g], observed[g], expected[g])).ToArray();
        return new HosmerLemeshowResult(c, df, Distributions.ChiSquareUpperTail(c, df), list) { GroupsRequested = groups };
    }
}
