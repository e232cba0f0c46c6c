namespace DlRadiomics.Statistics.Regression;

/// <summary>A problem found while fitting, with a message that names the terms involved and the remedy.</summary>
public sealed record LogisticFitWarning(LogisticFitProblem Problem, string Message);
