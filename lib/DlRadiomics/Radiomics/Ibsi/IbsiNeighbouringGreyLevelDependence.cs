using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI <c>ngl_*</c> (neighbouring grey-level dependence, Chebyshev distance 1, coarseness α = 0) from the engine's
/// <see cref="GrayLevelDependenceMatrix"/>, which is the same matrix (PyRadiomics' GLDM): 2D per slice averaged, 2.5D the
/// slices in one matrix, 3D.
/// </summary>
public static class IbsiNeighbouringGreyLevelDependence
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        IbsiAggregation.Add(output, "ngl", "2D", IbsiAggregation.Mean(roi.Slices().Select(s => Features(s, planar: true)).ToList()));
        IbsiAggregation.Add(output, "ngl", "2_5D", Features(roi.Discretized, planar: true));
        IbsiAggregation.Add(output, "ngl", "3D", Features(roi.Discretized, planar: false));
    }

    private static Dictionary<string, double> Features(DiscretizedRoi roi, bool planar)
    {
        var gldm = GrayLevelDependenceMatrix.Compute(roi, IbsiTextureSettings.For(planar));
        return IbsiCountMatrixFeatures.Compute(IbsiCountMatrixFeatures.Dependence, gldm.GrayLevels, gldm.Counts, roi.Volume.VoxelCount);
    }
}
