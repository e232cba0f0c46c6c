namespace DlRadiomics.Statistics.Calibration;

/// <summary>Result of the Hosmer–Lemeshow goodness-of-fit test.</summary>
/// <param name="Statistic">Ĉ = Σ_groups [(O₁ − E₁)²/E₁ + (O₀ − E₀)²/E₀].</param>
/// <param name="DegreesOfFreedom">g − 2.</param>
/// <param name="PValue">P(χ²_{g−2} ≥ Ĉ).</param>
/// <param name="Groups">The risk groups, lowest risk first.</param>
public sealed record HosmerLemeshowResult(double Statistic, int DegreesOfFreedom, double PValue, IReadOnlyList<HosmerLemeshowGroup> Groups)
{
    /// <summary>Table rows left out for a missing value (DataFrame entry point, listwise deletion); 0 for arrays.</summary>
    public int RowsDropped { get; init; }
}
