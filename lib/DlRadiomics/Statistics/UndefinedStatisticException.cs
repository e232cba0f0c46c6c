namespace DlRadiomics.Statistics;

/// <summary>
/// Valid input for which the statistic has no value (e.g. an ICC when every rating is identical); callers that
/// screen many features can record the problem and carry on.
/// </summary>
public sealed class UndefinedStatisticException(string message) : StatisticsInputException(message);
