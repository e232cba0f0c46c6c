namespace DlRadiomics.Statistics;

/// <summary>A table file that cannot be used as given; the message names the file, the row or column and the problem.</summary>
public sealed class CsvTableException(string source, string problem) : DlRadiomicsException($"{source}: {problem}")
{
    /// <summary>The file (or other source) the table came from.</summary>
    public string FilePath { get; } = source;
}
