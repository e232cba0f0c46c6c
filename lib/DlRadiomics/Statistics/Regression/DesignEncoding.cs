using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics;

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

    /// <summary>Encodes every row; a row with a missing value throws, naming the row and the columns read.</summary>
    public double[,] Encode(DataFrame df)
    {
        var x = new double[df.Rows.Count, ColumnNames.Count];
        var buffer = new double[ColumnNames.Count];
        for (long r = 0; r < df.Rows.Count; r++)
        {
            if (!TryEncode(df, r, buffer))
                throw new DlRadiomicsException($"row {r + 1} has a missing value in one of the columns {string.Join(", ", SourceColumns)}; it cannot be scored.");
            for (int j = 0; j < buffer.Length; j++) x[r, j] = buffer[j];
        }
        return x;
    }

    /// <summary>A plain numeric encoding with the given column names (used for fits from arrays).</summary>
    public static DesignEncoding Numeric(IEnumerable<string> names) => new(names.Select(n => (DesignPredictor)new NumericPredictor(n)).ToArray());
}
