using DlRadiomics.Statistics.Calibration;


namespace DlRadiomics.Figures;

/// <summary>What a calibration figure shows of one model: the lowess curve, optionally the binned points and the statistics.</summary>
/// <param name="Name">Model name for the legend.</param>
/// <param name="Smoothed">Lowess of the outcome on the prediction (<see cref="CalibrationCurve.Smoothed"/>).</param>
/// <param name="Bins">Binned points (<see cref="CalibrationCurve.Binned"/>), or null to draw the smooth curve only.</param>
/// <param name="Statistics">Intercept, slope, Brier score (<see cref="CalibrationStatistics.Compute"/>), or null.</param>
/// <param name="HosmerLemeshow">Hosmer–Lemeshow test, or null.</param>
public sealed record CalibrationSeries(string Name, LowessResult Smoothed, IReadOnlyList<CalibrationBin>? Bins = null,
    CalibrationStatisticsResult? Statistics = null, HosmerLemeshowResult? HosmerLemeshow = null)
{
    /// <summary>
    /// Everything at once from a 0/1 outcome and predicted probabilities: lowess (R <c>lowess</c> defaults), quantile
    /// bins, <c>val.prob</c> statistics and the Hosmer–Lemeshow test with <paramref name="groups"/> groups.
    /// </summary>
    public static CalibrationSeries Compute(string name, IReadOnlyList<double> predicted, IReadOnlyList<int> outcome, int bins = 10, int groups = 10) =>
        new(name, CalibrationCurve.Smoothed(predicted, outcome), CalibrationCurve.Binned(predicted, outcome, bins),
            CalibrationStatistics.Compute(predicted, outcome), HosmerLemeshowTest.Compute(predicted, outcome, groups));
}
