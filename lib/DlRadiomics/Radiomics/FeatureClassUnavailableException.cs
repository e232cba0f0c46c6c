namespace DlRadiomics.Radiomics;

/// <summary>A feature class or image type was requested that this build does not compute.</summary>
public sealed class FeatureClassUnavailableException(string message) : DlRadiomicsException(message);
