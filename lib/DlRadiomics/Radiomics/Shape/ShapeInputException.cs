namespace DlRadiomics.Radiomics.Shape;

/// <summary>A mask handed to the shape features cannot be measured (empty ROI, wrong size, bad spacing).</summary>
public sealed class ShapeInputException(string message) : DlRadiomicsException(message);
