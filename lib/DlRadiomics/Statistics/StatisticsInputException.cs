namespace DlRadiomics.Statistics;

/// <summary>
/// Input a statistical function cannot use: NaN or infinite values, a single-class outcome, a constant score,
/// vectors of different lengths, a column missing from a table. The message names the argument, the position or value
/// and the fix. The base of every exception the <c>DlRadiomics.Statistics</c> namespaces throw, so a caller can catch
/// all statistics input errors at once.
/// </summary>
public class StatisticsInputException : DlRadiomicsException
{
    public StatisticsInputException(string message) : base(message) { }
    public StatisticsInputException(string message, Exception inner) : base(message, inner) { }
}
