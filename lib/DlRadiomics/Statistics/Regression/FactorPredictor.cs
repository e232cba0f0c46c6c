using DlRadiomics.Statistics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Statistics.Regression;

/// <summary>A categorical column in treatment (dummy) coding: one 0/1 column per level except the reference.</summary>
/// <param name="Column">DataFrame column.</param>
/// <param name="Levels">All levels, the reference first; columns are named <c>Column[level]</c>.</param>
public sealed record FactorPredictor(string Column, IReadOnlyList<string> Levels) : DesignPredictor
{
    public string Reference => Levels[0];
    public override string Term => Column;
    public override IReadOnlyList<string> ColumnNames => Levels.Skip(1).Select(l => $"{Column}[{l}]").ToArray();
    public override IReadOnlyList<string> SourceColumns => [Column];

    public override bool TryEncode(DataFrame df, long row, Span<double> destination)
    {
        string? level = FrameAccess.Level(FrameAccess.Column(df, Column, "model"), row);
        if (level is null) return false;
        int index = -1;
        for (int i = 0; i < Levels.Count; i++) if (Levels[i] == level) { index = i; break; }
        if (index < 0)
            throw new StatisticsInputException($"column '{Column}', row {row + 1}: level '{level}' was not seen when the model was fitted (levels: {string.Join(", ", Levels)}).");
        for (int i = 1; i < Levels.Count; i++) destination[i - 1] = i == index ? 1.0 : 0.0;
        return true;
    }
}
