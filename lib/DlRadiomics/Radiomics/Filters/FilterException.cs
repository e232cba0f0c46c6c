namespace DlRadiomics.Radiomics.Filters;

/// <summary>A filter cannot be applied to this image (it would divide by zero, the image is too small, …).</summary>
public sealed class FilterException(string message) : DlRadiomicsException(message);
