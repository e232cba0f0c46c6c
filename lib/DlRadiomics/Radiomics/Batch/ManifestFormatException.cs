namespace DlRadiomics.Radiomics.Batch;

/// <summary>A batch manifest is malformed; the message names the file, row and column.</summary>
public sealed class ManifestFormatException(string message) : DlRadiomicsException(message);
