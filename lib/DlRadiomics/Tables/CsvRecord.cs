namespace DlRadiomics.Tables;

/// <summary>One CSV record as read from the file: <see cref="Line"/> is the 1-based file line it starts on.</summary>
public sealed record CsvRecord(int Line, string[] Fields);
