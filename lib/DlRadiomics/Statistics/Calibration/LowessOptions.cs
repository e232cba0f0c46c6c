namespace DlRadiomics.Statistics.Calibration;

/// <summary>Settings of <see cref="Lowess"/>, with R <c>lowess()</c>'s defaults.</summary>
/// <param name="Span">f: fraction of points in each local fit (R default 2/3).</param>
/// <param name="Iterations">Robustifying iterations (R default 3; <c>rms::val.prob</c> uses 0).</param>
/// <param name="Delta">Points closer than this to the last fitted x are interpolated; null = 1% of the x range (R default).</param>
public sealed record LowessOptions(double Span = 2.0 / 3.0, int Iterations = 3, double? Delta = null);
