using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>The fitted coding of a model's predictors (factor levels, interaction products); encodes new data the same way.</summary>
public sealed record DesignEncoding(IReadOnlyList<DesignPredictor> Predictors)
{
    public IReadOnlyList<string> ColumnNames { get; } = Predictors.SelectMany(p => p.ColumnNames).ToArray();

    /// <summary>All DataFrame columns the predictors read.</summary>
    public IReadOnlyList<string> SourceColumns => Predictors.SelectMany(p => p.SourceColumns).Distinct().ToArray();

    /// <summary>Encodes one row; false when any predictor value is missing.</summary>
    public bool TryEncode(DataFrame df, long row, Span<double> destination)
    {
        int offset = 0;
        foreach (var p in Predictors)
        {
            int width = p.ColumnNames.Count;
            if (!p.TryEncode(df, row, destination.Slice(offset, width))) return false;
            offset += width;
        }
        return true;
    }

    /// <summary>A plain numeric encoding with the given column names (used for fits from arrays).</summary>
    public static DesignEncoding Numeric(IEnumerable<string> names) => new(names.Select(n => (DesignPredictor)new NumericPredictor(n)).ToArray());
}
