using DlRadiomics.Statistics.Calibration;


namespace DlRadiomics.Figures;

/// <summary>What a calibration figure shows of one model: the lowess curve, optionally the binned points and the statistics.</summary>
/// <param name="Name">Model name for the legend.</param>
/// <param name="Smoothed">Lowess of the outcome on the prediction (<see cref="CalibrationCurve.Smoothed"/>).</param>
/// <param name="Bins">Binned points (<see cref="CalibrationCurve.Binned(IReadOnlyList{double}, IReadOnlyList{int}, int, CalibrationBinning)"/>), or null to draw the smooth curve only.</param>
/// <param name="Statistics">Intercept, slope, Brier score (<see cref="CalibrationStatistics.Compute"/>), or null.</param>
/// <param name="HosmerLemeshow">Hosmer–Lemeshow test, or null.</param>
public sealed record CalibrationSeries(string Name, LowessResult Smoothed, IReadOnlyList<CalibrationBin>? Bins = null,
    CalibrationStatisticsResult? Statistics = null, HosmerLemeshowResult? HosmerLemeshow = null)
{
    /// <summary>
    /// The smoother of <see cref="Compute"/>, as <c>rms::val.prob</c> draws the calibration curve: R's <c>lowess</c>
    /// without robustifying iterations (<c>iter = 0</c>). With a 0/1 outcome the robust iterations of R's default
    /// (<c>iter = 3</c>) down-weight the rarer outcome as outliers and bend the curve to 0 or 1.
    /// </summary>
    public static LowessOptions Smoothing { get; } = new(Iterations: 0);

    /// <summary>
    /// Everything at once from a 0/1 outcome and predicted probabilities: lowess (<see cref="Smoothing"/>), quantile
    /// bins, <c>val.prob</c> statistics and the Hosmer–Lemeshow test with <paramref name="groups"/> groups.
    /// </summary>
    public static CalibrationSeries Compute(string name, IReadOnlyList<double> predicted, IReadOnlyList<int> outcome, int bins = 10, int groups = 10) =>
        new(name, CalibrationCurve.Smoothed(predicted, outcome, Smoothing), CalibrationCurve.Binned(predicted, outcome, bins),
            CalibrationStatistics.Compute(predicted, outcome), HosmerLemeshowTest.Compute(predicted, outcome, groups));
}
