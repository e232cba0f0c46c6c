namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// Which definition a feature follows where PyRadiomics and the Image Biomarker Standardisation Initiative (IBSI-1)
/// differ. The README of this folder lists every difference with its formula.
/// </summary>
public enum FeatureConvention
{
    /// <summary>PyRadiomics 3.1's definitions, aggregation and matrices (what <see cref="RadiomicsExtractor"/> computes).</summary>
    PyRadiomics,

    /// <summary>The IBSI-1 reference manual's definitions and aggregation methods (2D, 2.5D, 3D; averaged or merged).</summary>
    Ibsi,
}
