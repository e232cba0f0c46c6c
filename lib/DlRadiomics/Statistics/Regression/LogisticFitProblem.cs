namespace DlRadiomics.Statistics.Regression;

/// <summary>Kind of trouble found while fitting a logistic model.</summary>
public enum LogisticFitProblem
{
    /// <summary>Fitted probabilities numerically 0 or 1: complete or quasi-complete separation; estimates diverge.</summary>
    Separation,
    /// <summary>Newton–Raphson stopped at the iteration limit before the estimates settled.</summary>
    NotConverged,
}
