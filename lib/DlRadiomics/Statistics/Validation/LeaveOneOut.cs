using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Validation;

/// <summary>Leave-one-out splits: n splits, the i-th tests row i alone (scikit-learn <c>LeaveOneOut</c>).</summary>
public static class LeaveOneOut
{
    public static IEnumerable<(int[] Train, int[] Test)> Split(int rows)
    {
        if (rows < 2) throw new ModelInputException($"leave-one-out needs at least 2 rows, got {rows}");
        for (int i = 0; i < rows; i++)
            yield return (Enumerable.Range(0, rows).Where(r => r != i).ToArray(), [i]);
    }
}
