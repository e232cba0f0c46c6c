namespace DlRadiomics.Radiomics.Shape;

/// <summary>Which definition of the shape features to reproduce where PyRadiomics and IBSI differ.</summary>
public enum ShapeDefinition
{
    /// <summary>
    /// PyRadiomics 3.1: the covariance of the voxel centres behind the axis lengths is normalised by N (population).
    /// </summary>
    PyRadiomics,

    /// <summary>
    /// IBSI-1 (morphological family): the covariance is normalised by N − 1 (sample covariance), so MajorAxisLength,
    /// MinorAxisLength and LeastAxisLength are √(N/(N−1)) times PyRadiomics' values; their ratios (Elongation,
    /// Flatness) and all mesh-based features are the same.
    /// </summary>
    Ibsi,
}
