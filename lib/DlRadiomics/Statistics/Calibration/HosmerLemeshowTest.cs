using DlRadiomics.Numerics;
using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Calibration;

/// <summary>Hosmer–Lemeshow test with g groups by quantiles of predicted risk, as <c>ResourceSelection::hoslem.test</c>.</summary>
/// <remarks>
/// Breaks are the 0, 1/g, …, 1 quantiles (R type 7) of p; groups are (b_{k−1}, b_k] with the first closed on the left
/// (R <c>cut(include.lowest = TRUE)</c>). With observed O and expected E counts of events (1) and non-events (0) per group,
/// Ĉ = Σ (O − E)²/E over both columns, df = g − 2. Tied breaks (many equal predictions) are an error, as in the reference.
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
        var breaks = Enumerable.Range(0, groups + 1).Select(k => Quantiles.Type7(sorted, (double)k / groups)).ToArray();
        for (int k = 1; k <= groups; k++)
            if (breaks[k] <= breaks[k - 1])
                throw new StatisticsInputException($"Hosmer–Lemeshow test: the {k - 1}/{groups} and {k}/{groups} quantiles of the predictions are equal ({breaks[k]}); too many tied predictions for {groups} groups — use fewer groups.");
        var count = new int[groups]; var observed = new double[groups]; var expected = new double[groups];
        for (int i = 0; i < predicted.Count; i++)
        {
            int g = 0;
            while (g < groups - 1 && predicted[i] > breaks[g + 1]) g++;
            count[g]++; observed[g] += outcome[i]; expected[g] += predicted[i];
        }
        double c = 0;
        for (int g = 0; g < groups; g++)
        {
            double o0 = count[g] - observed[g], e0 = count[g] - expected[g];
            c += (observed[g] - expected[g]) * (observed[g] - expected[g]) / expected[g] + (o0 - e0) * (o0 - e0) / e0;
        }
        int df = groups - 2;
        var list = Enumerable.Range(0, groups).Select(g => new HosmerLemeshowGroup(breaks[g], breaks[g + 1], count[g], observed[g], expected[g])).ToArray();
        return new HosmerLemeshowResult(c, df, Distributions.ChiSquareUpperTail(c, df), list);
    }
}
