namespace DlRadiomics.Statistics.Calibration;

/// <summary>Calibration measures of predicted probabilities on validation data (names as <c>rms::val.prob</c>).</summary>
/// <param name="Intercept">a of the recalibration fit logit P(y=1) = a + b·logit(p) (0 when perfectly calibrated).</param>
/// <param name="Slope">b of the same fit (1 when perfectly calibrated; &lt; 1 means over-fitted predictions).</param>
/// <param name="Brier">Brier score.</param>
/// <param name="Emax">Largest |p − smoothed observed| over the patients, the smooth being lowess(p, y, iter = 0).</param>
/// <param name="Eavg">Mean of the same absolute differences.</param>
/// <param name="E90">Their 0.9 quantile (type 7).</param>
public sealed record CalibrationStatisticsResult(double Intercept, double Slope, double Brier, double Emax, double Eavg, double E90);
