namespace DlRadiomics.Statistics.Selection;

/// <summary>Settings of <see cref="LogisticLasso"/>; defaults follow R glmnet (<c>family = "binomial"</c>, α = 1).</summary>
/// <param name="Lambdas">Length of the λ path (<c>nlambda</c>).</param>
/// <param name="LambdaMinRatio">λ_min / λ_max; null means 0.01 when rows &lt; features, else 1e-4 (<c>lambda.min.ratio</c>).</param>
/// <param name="Lambda">A user λ sequence (sorted decreasing); disables the early path stop.</param>
/// <param name="Standardize">Fit on features z-scored with the population SD; coefficients are always returned on the original scale.</param>
/// <param name="Tolerance">Convergence threshold on the weighted squared coefficient change max_j x̄v_j Δβ_j², times the
/// null deviance per observation over 2 (glmnet's <c>thresh</c>), far tighter than glmnet's
/// default <c>thresh = 1e-7</c> so the exact optimum is reached. On ill-conditioned tables glmnet's default stops short
/// (WDBC: coefficients up to 4% off at the small-λ end); glmnet run with <c>thresh = 1e-14</c> agrees with this to ~1e-5.</param>
/// <param name="MaxIterations">Coordinate sweeps allowed per λ over all IRLS steps.</param>
/// <param name="Measure">Cross-validation loss.</param>
/// <param name="MaxDegreeOfParallelism">Folds fitted at once by <see cref="LogisticLasso.CrossValidate"/>; null means one per core. Results do not depend on it.</param>
public sealed record LogisticLassoOptions(
    int Lambdas = 100,
    double? LambdaMinRatio = null,
    double[]? Lambda = null,
    bool Standardize = true,
    double Tolerance = 1e-14,
    int MaxIterations = 100_000,
    CvMeasure Measure = CvMeasure.Deviance,
    int? MaxDegreeOfParallelism = null);
