namespace DlRadiomics.Tables;

/// <summary>A table file that cannot be used as given; the message names the file, the line and column when known, and the problem.</summary>
public sealed class CsvTableException : DlRadiomicsException
{
    public CsvTableException(string source, string problem) : base($"{source}: {problem}") => FilePath = source;

    public CsvTableException(string source, int line, string problem) : base($"{source}: line {line}: {problem}")
        => (FilePath, Line) = (source, line);

    public CsvTableException(string source, int line, string column, string problem) : base($"{source}: line {line}, column '{column}': {problem}")
        => (FilePath, Line, Column) = (source, line, column);

    /// <summary>The file (or other source) the table came from.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based file line of the problem, when it concerns one line.</summary>
    public int? Line { get; }

    /// <summary>The column of the problem, when it concerns one column.</summary>
    public string? Column { get; }
}
