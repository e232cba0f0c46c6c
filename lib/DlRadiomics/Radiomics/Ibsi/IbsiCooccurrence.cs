using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI <c>cm_*</c> features in all six aggregations, from the engine's <see cref="GrayLevelCooccurrenceMatrix"/>
/// (distance 1, symmetric): per-direction matrices for "avg", direction-summed matrices (no weighting) for "comb".
/// </summary>
/// <remarks>
/// 2D_avg: features of every slice and direction, averaged; 2D_comb: per slice the 4 directions summed, averaged over
/// slices; 2.5D_avg: per direction the slices summed, averaged over directions; 2.5D_comb: one matrix for all;
/// 3D_avg: the 13 directions averaged (PyRadiomics' default); 3D_comb: the 13 directions summed.
/// </remarks>
public static class IbsiCooccurrence
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        int ng = roi.GrayLevelCount;
        var slices = roi.Slices();
        IbsiAggregation.Add(output, "cm", "2D_avg", IbsiAggregation.Mean(slices.SelectMany(s => PerMatrix(s, planar: true, merge: false, ng)).ToList()));
        IbsiAggregation.Add(output, "cm", "2D_comb", IbsiAggregation.Mean(slices.SelectMany(s => PerMatrix(s, planar: true, merge: true, ng)).ToList()));
        IbsiAggregation.Add(output, "cm", "2_5D_avg", IbsiAggregation.Mean(PerMatrix(roi.Discretized, planar: true, merge: false, ng)));
        IbsiAggregation.Add(output, "cm", "2_5D_comb", IbsiAggregation.Mean(PerMatrix(roi.Discretized, planar: true, merge: true, ng)));
        IbsiAggregation.Add(output, "cm", "3D_avg", IbsiAggregation.Mean(PerMatrix(roi.Discretized, planar: false, merge: false, ng)));
        IbsiAggregation.Add(output, "cm", "3D_comb", IbsiAggregation.Mean(PerMatrix(roi.Discretized, planar: false, merge: true, ng)));
    }

    private static List<Dictionary<string, double>> PerMatrix(DiscretizedRoi roi, bool planar, bool merge, int grayLevelCount)
    {
        var glcm = GrayLevelCooccurrenceMatrix.Compute(roi, IbsiTextureSettings.For(planar, merge));
        return glcm.Matrices.Where(m => !double.IsNaN(m[0]))
            .Select(m => IbsiCooccurrenceFeatures.Compute(glcm.GrayLevels, m, grayLevelCount)).ToList();
    }
}
