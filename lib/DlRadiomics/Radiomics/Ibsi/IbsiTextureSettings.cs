namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// Engine settings that make the PyRadiomics texture matrices IBSI's: Chebyshev distance 1, symmetric co-occurrence,
/// dependence cut-off α = 0, in-plane neighbours for 2-D / 2.5-D, and optionally directions merged by plain summation.
/// </summary>
public static class IbsiTextureSettings
{
    public static RadiomicsSettings For(bool planar, bool mergeDirections = false) => new(
        Distances: [1], SymmetricalGlcm: true, GldmA: 0, Force2D: planar, Force2DDimension: 0,
        WeightingNorm: mergeDirections ? WeightingNorm.NoWeighting : null, MinimumRoiDimensions: 1);
}
