namespace DlRadiomics.Radiomics.Batch;

/// <summary>A batch manifest is malformed; the message names the file, row and column.</summary>
public sealed class ManifestFormatException : DlRadiomicsException
{
    public ManifestFormatException(string message) : base(message) { }

    public ManifestFormatException(string message, Exception inner) : base(message, inner) { }
}
