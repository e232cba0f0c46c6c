namespace DlRadiomics.Statistics.Calibration;

/// <summary>A binned calibration curve computed from a table, with the rows left out for a missing value.</summary>
/// <param name="Bins">The non-empty bins, as <see cref="CalibrationCurve.Binned(IReadOnlyList{double}, IReadOnlyList{int}, int, CalibrationBinning)"/>.</param>
/// <param name="RowsDropped">Table rows left out (listwise deletion).</param>
public sealed record BinnedCalibration(IReadOnlyList<CalibrationBin> Bins, int RowsDropped);
