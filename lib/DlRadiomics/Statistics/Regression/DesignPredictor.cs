using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>One predictor of a model formula and how it becomes design-matrix columns.</summary>
public abstract record DesignPredictor
{
    /// <summary>The term as written ("age", "sex", "a:b").</summary>
    public abstract string Term { get; }

    /// <summary>Names of the columns it produces ("age"; "sex[Female]"; "a:b").</summary>
    public abstract IReadOnlyList<string> ColumnNames { get; }

    /// <summary>DataFrame columns it reads.</summary>
    public abstract IReadOnlyList<string> SourceColumns { get; }

    /// <summary>Writes the row's encoded values into <paramref name="destination"/>; false when a source value is missing.</summary>
    public abstract bool TryEncode(DataFrame df, long row, Span<double> destination);
}
