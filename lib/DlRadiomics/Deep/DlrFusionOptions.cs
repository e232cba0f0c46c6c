using DlRadiomics.Statistics.Preprocessing;


namespace DlRadiomics.Deep;

/// <summary>Settings of <see cref="DlrFusion.Fit"/>.</summary>
/// <param name="Components">Principal components kept per deep-feature block (the study: 32 of 2048).</param>
/// <param name="Divisor">Standard-deviation divisor of the final z-scoring (scikit-learn's <c>StandardScaler</c>: n).</param>
public sealed record DlrFusionOptions(int Components = 32, VarianceDivisor Divisor = VarianceDivisor.Population)
{
    public static DlrFusionOptions Default { get; } = new();
}
