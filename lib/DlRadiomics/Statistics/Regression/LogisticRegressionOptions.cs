namespace DlRadiomics.Statistics.Regression;

/// <summary>Settings of a logistic regression fit.</summary>
/// <param name="Penalty">Ordinary or Firth-penalised likelihood.</param>
/// <param name="FitIntercept">Add an intercept column named "(Intercept)".</param>
/// <param name="MaxIterations">Newton–Raphson iteration limit.</param>
/// <param name="Tolerance">Convergence when the largest coefficient change is below Tolerance·(1 + |β|).</param>
/// <param name="ConfidenceLevel">Level of the Wald intervals (0.95 → 95% CI).</param>
/// <param name="OnProblem">Throw or warn on separation / non-convergence.</param>
/// <param name="ConfidenceInterval">Wald (default) or profile-likelihood intervals for the odds ratios (logistf's default for Firth fits is profile).</param>
public sealed record LogisticRegressionOptions(
    LogisticPenalty Penalty = LogisticPenalty.None,
    bool FitIntercept = true,
    int MaxIterations = 100,
    double Tolerance = 1e-10,
    double ConfidenceLevel = 0.95,
    FitProblemHandling OnProblem = FitProblemHandling.Throw,
    ConfidenceIntervalMethod ConfidenceInterval = ConfidenceIntervalMethod.Wald)
{
    internal void Validate()
    {
        if (MaxIterations < 1) throw new StatisticsInputException($"LogisticRegressionOptions.MaxIterations must be ≥ 1, got {MaxIterations}.");
        if (!(Tolerance > 0)) throw new StatisticsInputException($"LogisticRegressionOptions.Tolerance must be > 0, got {Tolerance}.");
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1)) throw new StatisticsInputException($"LogisticRegressionOptions.ConfidenceLevel must be in (0, 1), got {ConfidenceLevel}.");
    }
}
