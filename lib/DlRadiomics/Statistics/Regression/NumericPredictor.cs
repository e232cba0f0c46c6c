using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>A numeric column entered as is (one design column with the column's name).</summary>
public sealed record NumericPredictor(string Column) : DesignPredictor
{
    public override string Term => Column;
    public override IReadOnlyList<string> ColumnNames => [Column];
    public override IReadOnlyList<string> SourceColumns => [Column];

    public override bool TryEncode(DataFrame df, long row, Span<double> destination)
    {
        double? v = FrameAccess.Number(FrameAccess.Column(df, Column, "model"), row);
        if (v is null) return false;
        if (!double.IsFinite(v.Value)) throw new StatisticsInputException($"column '{Column}', row {row + 1}: value {v} is not finite.");
        destination[0] = v.Value;
        return true;
    }
}
