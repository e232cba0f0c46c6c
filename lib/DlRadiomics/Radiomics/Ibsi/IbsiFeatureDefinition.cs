namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// One row of the IBSI-to-PyRadiomics mapping.
/// </summary>
/// <param name="Tag">IBSI tag as in the reference tables (<c>cm_contrast_3D_avg</c>).</param>
/// <param name="PyRadiomicsFeature">The corresponding PyRadiomics output key (<c>original_glcm_Contrast</c>), or null.</param>
/// <param name="PyRadiomicsForce2D">True when the PyRadiomics feature corresponds only with <c>force2D: true</c>
/// (slices in the z plane, <c>force2Ddimension: 0</c>), which is IBSI's 2.5D aggregation.</param>
/// <param name="Agreement">Whether the definitions agree.</param>
/// <param name="Note">What differs, or how the IBSI value is obtained.</param>
public sealed record IbsiFeatureDefinition(string Tag, string? PyRadiomicsFeature, bool PyRadiomicsForce2D, IbsiAgreement Agreement, string Note)
{
    /// <summary>True when this library computes the IBSI value of the tag.</summary>
    public bool IsComputed => Agreement != IbsiAgreement.NotComputed;

    /// <summary>The PyRadiomics key with its setting, as shown in reports (<c>original_glcm_Contrast [force2D]</c>).</summary>
    public string? PyRadiomicsLabel => PyRadiomicsFeature is null ? null : PyRadiomicsForce2D ? PyRadiomicsFeature + " [force2D]" : PyRadiomicsFeature;
}
