namespace DlRadiomics.Statistics.Calibration;

/// <summary>A lowess smooth: x sorted ascending (ties kept) and the smoothed y at each.</summary>
public sealed record LowessResult(double[] X, double[] Y);
