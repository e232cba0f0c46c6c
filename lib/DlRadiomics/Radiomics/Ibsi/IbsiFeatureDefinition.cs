namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// One row of the IBSI-to-PyRadiomics mapping.
/// </summary>
/// <param name="Tag">IBSI tag as in the reference tables (<c>cm_contrast_3D_avg</c>).</param>
/// <param name="PyRadiomicsFeature">The corresponding PyRadiomics output key (<c>original_glcm_Contrast</c>), or null.</param>
/// <param name="PyRadiomicsSettings">The PyRadiomics settings under which the feature corresponds to the tag's aggregation.</param>
/// <param name="Agreement">Whether the definitions agree.</param>
/// <param name="Note">What differs, or how the IBSI value is obtained.</param>
public sealed record IbsiFeatureDefinition(string Tag, string? PyRadiomicsFeature, PyRadiomicsAggregation PyRadiomicsSettings, IbsiAgreement Agreement, string Note)
{
    /// <summary>True when this library computes the IBSI value of the tag.</summary>
    public bool IsComputed => Agreement != IbsiAgreement.NotComputed;

    /// <summary>The PyRadiomics key with its settings, as shown in reports (<c>original_glcm_Contrast [force2D]</c>).</summary>
    public string? PyRadiomicsLabel => PyRadiomicsFeature is null ? null : PyRadiomicsSettings switch
    {
        PyRadiomicsAggregation.Volume => PyRadiomicsFeature,
        PyRadiomicsAggregation.Force2D => PyRadiomicsFeature + " [force2D]",
        PyRadiomicsAggregation.MergedDirections => PyRadiomicsFeature + " [weightingNorm: no_weighting]",
        _ => PyRadiomicsFeature + " [force2D, weightingNorm: no_weighting]",
    };
}
