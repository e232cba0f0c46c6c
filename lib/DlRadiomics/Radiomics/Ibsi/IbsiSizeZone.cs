using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI <c>szm_*</c> features from the engine's <see cref="GrayLevelSizeZoneMatrix"/>: 2D per slice (8-connected zones)
/// averaged over slices, 2.5D the per-slice zones counted in one matrix (the engine's <c>force2D</c> matrix), 3D with
/// 26-connected zones (PyRadiomics' default).
/// </summary>
public static class IbsiSizeZone
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        IbsiAggregation.Add(output, "szm", "2D", IbsiAggregation.Mean(roi.Slices().Select(s => Features(s, planar: true)).ToList()));
        IbsiAggregation.Add(output, "szm", "2_5D", Features(roi.Discretized, planar: true));
        IbsiAggregation.Add(output, "szm", "3D", Features(roi.Discretized, planar: false));
    }

    private static Dictionary<string, double> Features(DiscretizedRoi roi, bool planar)
    {
        var glszm = GrayLevelSizeZoneMatrix.Compute(roi, IbsiTextureSettings.For(planar));
        return IbsiCountMatrixFeatures.Compute(IbsiCountMatrixFeatures.SizeZone, glszm.GrayLevels, glszm.Counts, roi.Volume.VoxelCount);
    }
}
