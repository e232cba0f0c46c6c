namespace DlRadiomics.Statistics.Thresholds;

/// <summary>
/// Two scores dichotomised by their cut-offs into a 2×2 table of high/low groups (e.g. disc × muscle Rad-score in
/// the recurrence study), with the number of patients and of events in every cell.
/// </summary>
/// <param name="First">Cut-off of the first score (rows of the table).</param>
/// <param name="Second">Cut-off of the second score (columns).</param>
/// <param name="Cells">Four cells, in the order (high, high), (high, low), (low, high), (low, low) of (first, second).</param>
public sealed record CrossClassification(ScoreCutoff First, ScoreCutoff Second, IReadOnlyList<CrossClassificationCell> Cells)
{
    public CrossClassificationCell Cell(bool firstHigh, bool secondHigh) => Cells.Single(c => c.FirstHigh == firstHigh && c.SecondHigh == secondHigh);
}

/// <summary>One cell of a <see cref="CrossClassification"/>.</summary>
/// <remarks>EventRate = Events/Count; NaN when the cell is empty (Count = 0), which <see cref="IsEmpty"/> flags.</remarks>
public sealed record CrossClassificationCell(bool FirstHigh, bool SecondHigh, int Count, int Events)
{
    public double EventRate => Count == 0 ? double.NaN : (double)Events / Count;
    public bool IsEmpty => Count == 0;
}
