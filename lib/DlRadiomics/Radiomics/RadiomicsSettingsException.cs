namespace DlRadiomics.Radiomics;

/// <summary>A parameter file or setting is invalid; the message names the key, the value received and what is allowed.</summary>
public sealed class RadiomicsSettingsException(string message) : DlRadiomicsException(message);
