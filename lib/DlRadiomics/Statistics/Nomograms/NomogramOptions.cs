namespace DlRadiomics.Statistics.Nomograms;

/// <summary>Layout settings of a <see cref="Nomogram"/>.</summary>
/// <param name="AxisValues">Tick values per numeric predictor (as the values passed to <c>rms::nomogram(fit, age = c(…))</c>);
/// predictors not listed get their distinct values when discrete, else nice ticks over the range of the data given to <see cref="Nomogram.Build"/>.</param>
/// <param name="MaxPoints">Points given to the predictor with the widest linear-predictor range (rms <c>maxscale</c>).</param>
/// <param name="ProbabilityTicks">Probabilities marked on the risk axis (rms <c>fun.at</c>); ticks outside the total-points range are dropped.</param>
public sealed record NomogramOptions(
    IReadOnlyDictionary<string, IReadOnlyList<double>>? AxisValues = null,
    double MaxPoints = 100,
    IReadOnlyList<double>? ProbabilityTicks = null)
{
    public static IReadOnlyList<double> DefaultProbabilityTicks { get; } = [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];
}
