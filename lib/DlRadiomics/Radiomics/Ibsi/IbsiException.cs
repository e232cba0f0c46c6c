namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>An IBSI feature or reference table cannot be computed or read; the message says which and why.</summary>
public sealed class IbsiException(string message) : DlRadiomicsException(message);
