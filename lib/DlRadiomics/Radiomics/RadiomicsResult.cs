namespace DlRadiomics.Radiomics;

/// <summary>
/// Output of one extraction, in PyRadiomics' column order: diagnostics (<c>diagnostics_…</c>, text as PyRadiomics prints
/// them) then features (<c>original_&lt;class&gt;_&lt;Feature&gt;</c>).
/// </summary>
public sealed record RadiomicsResult(
    IReadOnlyList<KeyValuePair<string, string>> Diagnostics,
    IReadOnlyList<KeyValuePair<string, double>> Features)
{
    /// <summary>The value of feature <paramref name="key"/> (e.g. <c>original_glcm_Contrast</c>).</summary>
    public double this[string key] => Features.First(f => f.Key == key).Value;

    /// <summary>
    /// What PyRadiomics logs as warnings and carries on without, e.g. a LoG σ too large for the image (its features
    /// are then absent).
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
