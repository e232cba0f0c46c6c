namespace DlRadiomics.Statistics.Regression;

/// <summary>Thrown when a logistic fit meets separation or does not converge and the options say to throw.</summary>
public sealed class LogisticFitException(LogisticFitProblem problem, string message) : StatisticsInputException(message)
{
    public LogisticFitProblem Problem { get; } = problem;
}
