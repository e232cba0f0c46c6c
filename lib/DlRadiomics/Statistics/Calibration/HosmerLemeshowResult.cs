namespace DlRadiomics.Statistics.Calibration;

/// <summary>Result of the Hosmer–Lemeshow goodness-of-fit test.</summary>
/// <param name="Statistic">Ĉ = Σ_groups [(O₁ − E₁)²/E₁ + (O₀ − E₀)²/E₀].</param>
/// <param name="DegreesOfFreedom">G − 2 for the G groups used.</param>
/// <param name="PValue">P(χ²_{G−2} ≥ Ĉ).</param>
/// <param name="Groups">The risk groups used, lowest risk first.</param>
public sealed record HosmerLemeshowResult(double Statistic, int DegreesOfFreedom, double PValue, IReadOnlyList<HosmerLemeshowGroup> Groups)
{
    /// <summary>The g asked for (10 by default).</summary>
    public int GroupsRequested { get; init; }

    /// <summary>The G groups used: g, or fewer when tied predictions made some quantile breaks equal (df = G − 2).</summary>
    public int GroupsUsed => Groups.Count;

    /// <summary>Table rows left out for a missing value (DataFrame entry point, listwise deletion); 0 for arrays.</summary>
    public int RowsDropped { get; init; }
}
