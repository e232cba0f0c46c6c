namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// The PyRadiomics settings under which a PyRadiomics feature corresponds to an IBSI aggregation.
/// </summary>
public enum PyRadiomicsAggregation
{
    /// <summary>Default settings: the volume, features per direction averaged (IBSI 3D, 3D_avg).</summary>
    Volume,

    /// <summary><c>force2D: true</c>, <c>force2Ddimension: 0</c>: in-plane neighbours, all slices in one matrix (IBSI 2.5D, 2_5D_avg).</summary>
    Force2D,

    /// <summary><c>weightingNorm: no_weighting</c>: the direction matrices summed into one (IBSI 3D_comb).</summary>
    MergedDirections,

    /// <summary><c>force2D: true</c> and <c>weightingNorm: no_weighting</c> (IBSI 2_5D_comb).</summary>
    Force2DMergedDirections,
}
