using DlRadiomics.Statistics.Preprocessing;


namespace DlRadiomics.Learning.Pipelines;

/// <summary>
/// Z-scoring fitted on the training rows (<see cref="ZScore"/>): z = (x − x̄)/s with the population SD by default, as
/// scikit-learn's <c>StandardScaler</c>; a constant column keeps s = 1 and maps to 0.
/// </summary>
public sealed record StandardizeStep(VarianceDivisor Divisor = VarianceDivisor.Population) : IPipelineStep
{
    public string Name => "standardize";

    public IFittedStep Fit(double[][] x, IReadOnlyList<int> y) => new FittedStandardize(ZScore.Fit(x, new ZScoreOptions(Divisor)));
}
