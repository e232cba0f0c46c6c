namespace DlRadiomics.Statistics.Preprocessing;

/// <summary>Settings of <see cref="PrincipalComponents.Fit"/>.</summary>
/// <param name="Components">Number of components kept; null keeps min(n, p).</param>
public sealed record PcaOptions(int? Components = null);
