namespace DlRadiomics.Statistics.Tables;

/// <summary>What to do with rows that have a missing (empty, NA, NaN) value in a variable an analysis uses.</summary>
public enum MissingValuePolicy
{
    /// <summary>Drop those rows for that analysis (per variable in a baseline table, per model in a regression) and report the count.</summary>
    ListwiseDeletion,
    /// <summary>Stop with an error naming the first missing cell's row and column.</summary>
    Error,
}
