namespace DlRadiomics.Tables;

/// <summary>The cell texts read as a missing value in every table of the library.</summary>
public static class MissingValue
{
    /// <summary>True for an empty cell and for NA, NaN, nan, null, NULL and "." (the spellings of R, pandas, SAS and SQL exports).</summary>
    public static bool IsToken(string text) => text.Length == 0 || text is "NA" or "NaN" or "nan" or "null" or "NULL" or ".";
}
