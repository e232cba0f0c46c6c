namespace DlRadiomics.Statistics.Regression;

/// <summary>What a fit does on separation or non-convergence.</summary>
public enum FitProblemHandling
{
    /// <summary>Throw a <see cref="LogisticFitException"/> naming the problem and the fix.</summary>
    Throw,
    /// <summary>Return the model with the problem listed in <see cref="LogisticRegressionModel.Warnings"/>.</summary>
    Warn,
}
