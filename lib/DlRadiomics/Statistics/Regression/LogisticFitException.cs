namespace DlRadiomics.Statistics;

/// <summary>Thrown when a logistic fit meets separation or does not converge and the options say to throw.</summary>
public sealed class LogisticFitException(LogisticFitProblem problem, string message) : DlRadiomicsException(message)
{
    public LogisticFitProblem Problem { get; } = problem;
}
