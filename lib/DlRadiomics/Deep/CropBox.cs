namespace DlRadiomics.Deep;

/// <summary>A rectangle of a slice, in pixels: rows [Row, Row + Rows), columns [Column, Column + Columns).</summary>
public sealed record CropBox(int Row, int Column, int Rows, int Columns);
