namespace DlRadiomics.Figures;

/// <summary>Input a figure cannot be drawn from (nothing to draw, mismatched series, a path that exists); the message says what and how to fix it.</summary>
public sealed class FigureInputException(string message) : DlRadiomicsException(message);
