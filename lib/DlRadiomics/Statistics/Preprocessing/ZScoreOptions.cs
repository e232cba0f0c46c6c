namespace DlRadiomics.Statistics.Preprocessing;

/// <summary>Settings of <see cref="ZScore.Fit"/>.</summary>
/// <param name="Divisor">Standard deviation divisor; <see cref="VarianceDivisor.Population"/> reproduces scikit-learn.</param>
public sealed record ZScoreOptions(VarianceDivisor Divisor = VarianceDivisor.Population);
