using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>The product term <c>a:b</c>: every column of <paramref name="Left"/> times every column of <paramref name="Right"/>.</summary>
public sealed record InteractionPredictor(DesignPredictor Left, DesignPredictor Right) : DesignPredictor
{
    public override string Term => $"{Left.Term}:{Right.Term}";

    public override IReadOnlyList<string> ColumnNames =>
        Left.ColumnNames.SelectMany(l => Right.ColumnNames.Select(r => $"{l}:{r}")).ToArray();

    public override IReadOnlyList<string> SourceColumns => Left.SourceColumns.Concat(Right.SourceColumns).Distinct().ToArray();

    public override bool TryEncode(DataFrame df, long row, Span<double> destination)
    {
        Span<double> left = stackalloc double[Left.ColumnNames.Count];
        Span<double> right = stackalloc double[Right.ColumnNames.Count];
        if (!Left.TryEncode(df, row, left) || !Right.TryEncode(df, row, right)) return false;
        for (int i = 0; i < left.Length; i++)
            for (int j = 0; j < right.Length; j++) destination[i * right.Length + j] = left[i] * right[j];
        return true;
    }
}
