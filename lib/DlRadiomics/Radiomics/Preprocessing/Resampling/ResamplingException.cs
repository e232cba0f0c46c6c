namespace DlRadiomics.Radiomics.Preprocessing.Resampling;

/// <summary>Resampling cannot be done as asked (bad spacing, unknown interpolator, ROI absent or outside the image).</summary>
public sealed class ResamplingException(string message) : DlRadiomicsException(message);
