namespace DlRadiomics.Statistics.Regression;

/// <summary>Outcome of <see cref="SeparationCheck"/>.</summary>
/// <param name="Kind">None, quasi-complete or complete separation.</param>
/// <param name="SeparatedRows">Rows the direction puts strictly on their outcome's side (their fitted probabilities
/// tend to 0 or 1 as the estimates diverge); 0 when not separated, every row under complete separation.</param>
/// <param name="Direction">Per design column (the intercept first when fitted), the sign of the recession direction
/// along which the log-likelihood keeps increasing: +1 or −1 for an estimate that diverges to ±∞, 0 for one that
/// stays finite; all 0 when not separated.</param>
public sealed record SeparationResult(SeparationKind Kind, int SeparatedRows, IReadOnlyList<int> Direction)
{
    /// <summary>True for quasi-complete or complete separation: the maximum-likelihood estimate does not exist.</summary>
    public bool IsSeparated => Kind != SeparationKind.None;
}
