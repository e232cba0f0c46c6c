namespace DlRadiomics.Statistics;

/// <summary>
/// Input a statistical function cannot use: NaN or infinite values, a single-class outcome, a constant score,
/// vectors of different lengths. The message names the argument, the position or value and the fix.
/// </summary>
public class StatisticsInputException(string message) : DlRadiomicsException(message);

/// <summary>
/// Valid input for which the statistic has no value (e.g. an ICC when every rating is identical); callers that
/// screen many features can record the problem and carry on.
/// </summary>
public sealed class UndefinedStatisticException(string message) : StatisticsInputException(message);
