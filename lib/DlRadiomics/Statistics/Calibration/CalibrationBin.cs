namespace DlRadiomics.Statistics.Calibration;

/// <summary>One non-empty bin of a calibration curve.</summary>
/// <param name="MeanPredicted">Mean predicted probability in the bin (x of the curve).</param>
/// <param name="ObservedFraction">Fraction of events in the bin (y of the curve).</param>
/// <param name="Count">Number of patients in the bin.</param>
public sealed record CalibrationBin(double MeanPredicted, double ObservedFraction, int Count);
