namespace DlRadiomics.Statistics;

/// <summary>
/// Input a statistical function cannot use: NaN or infinite values, a single-class outcome, a constant score,
/// vectors of different lengths. The message names the argument, the position or value and the fix.
/// </summary>
public sealed class StatisticsInputException(string message) : DlRadiomicsException(message);
