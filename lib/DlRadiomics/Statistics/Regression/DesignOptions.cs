using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Statistics.Regression;

/// <summary>How a DataFrame becomes a design matrix.</summary>
/// <param name="Factors">Columns to treat as categorical (text columns are always categorical).</param>
/// <param name="ReferenceLevels">Reference level per factor; default is the first level (numeric order, else ordinal text order).</param>
/// <param name="Missing">Listwise deletion (count reported) or error on missing values.</param>
/// <param name="PositiveOutcome">For a text outcome, the level counted as 1; default is the second level in sort order (as R's factor).</param>
public sealed record DesignOptions(
    IReadOnlyCollection<string>? Factors = null,
    IReadOnlyDictionary<string, string>? ReferenceLevels = null,
    MissingValuePolicy Missing = MissingValuePolicy.ListwiseDeletion,
    string? PositiveOutcome = null);
