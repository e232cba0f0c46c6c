using DlRadiomics.Statistics.HypothesisTests;

namespace DlRadiomics.Statistics.Tables;

/// <summary>One row of a baseline table.</summary>
/// <param name="Variable">Variable name (repeated on its level rows).</param>
/// <param name="Level">Empty for a continuous variable or a categorical variable's header row; the level otherwise.</param>
/// <param name="Cells">Formatted cells aligned with <see cref="BaselineTableResult.Columns"/>: summaries and the p-value per split.</param>
/// <param name="Tests">Per split, the test run for this variable (on continuous and header rows; null entries on level rows or where no test was possible).</param>
/// <param name="Missing">Per split, rows left out for a missing value of this variable (0 on level rows).</param>
/// <param name="Notes">Why a p-value is absent, or which fallback was used.</param>
public sealed record BaselineRow(string Variable, string Level, IReadOnlyList<string> Cells, IReadOnlyList<GroupTestResult?> Tests,
    IReadOnlyList<int> Missing, IReadOnlyList<string> Notes);
