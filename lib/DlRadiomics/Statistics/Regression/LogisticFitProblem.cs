namespace DlRadiomics.Statistics.Regression;

/// <summary>Kind of trouble found while fitting a logistic model.</summary>
public enum LogisticFitProblem
{
    /// <summary>Complete or quasi-complete separation (<see cref="SeparationCheck"/>): the estimates diverge.</summary>
    Separation,
    /// <summary>Newton–Raphson stopped at the iteration limit before the estimates settled.</summary>
    NotConverged,
    /// <summary>
    /// Fitted probabilities numerically 0 or 1 without separation (R's glm warning "fitted probabilities numerically 0
    /// or 1 occurred"): large but finite estimates; listed in the warnings, never thrown.
    /// </summary>
    ExtremeProbabilities,
}
