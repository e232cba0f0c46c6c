namespace DlRadiomics.Tables;

/// <summary>A two-class outcome column coded 1 (event), 0 (non-event) and −1 (missing).</summary>
/// <param name="Values">One code per data row.</param>
/// <param name="EventValue">The cell text counted as the event ("1" for a 0/1 column).</param>
public sealed record BinaryColumn(int[] Values, string EventValue);
