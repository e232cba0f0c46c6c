using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI <c>rlm_*</c> features in all six aggregations from the engine's per-direction
/// <see cref="GrayLevelRunLengthMatrix"/>. "comb" sums the direction matrices; its run percentage divides by the voxel
/// count times the number of merged directions, as IBSI prescribes.
/// </summary>
public static class IbsiRunLength
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        var slices = roi.Slices();
        IbsiAggregation.Add(output, "rlm", "2D_avg", IbsiAggregation.Mean(slices.SelectMany(s => Directions(s, planar: true)).ToList()));
        IbsiAggregation.Add(output, "rlm", "2D_comb", IbsiAggregation.Mean(slices.SelectMany(s => Combined(s, planar: true)).ToList()));
        IbsiAggregation.Add(output, "rlm", "2_5D_avg", IbsiAggregation.Mean(Directions(roi.Discretized, planar: true)));
        IbsiAggregation.Add(output, "rlm", "2_5D_comb", IbsiAggregation.Mean(Combined(roi.Discretized, planar: true)));
        IbsiAggregation.Add(output, "rlm", "3D_avg", IbsiAggregation.Mean(Directions(roi.Discretized, planar: false)));
        IbsiAggregation.Add(output, "rlm", "3D_comb", IbsiAggregation.Mean(Combined(roi.Discretized, planar: false)));
    }

    private static List<Dictionary<string, double>> Directions(DiscretizedRoi roi, bool planar)
    {
        var glrlm = GrayLevelRunLengthMatrix.Compute(roi, IbsiTextureSettings.For(planar));
        return glrlm.Matrices.Where(m => m.Sum() > 0).Select(m => IbsiCountMatrixFeatures.Compute(IbsiCountMatrixFeatures.RunLength, glrlm.GrayLevels, m, roi.Volume.VoxelCount)).ToList();
    }

    /// <summary>Features of the direction-summed matrix (none when no direction has a run of two voxels, e.g. a one-voxel slice).</summary>
    private static List<Dictionary<string, double>> Combined(DiscretizedRoi roi, bool planar)
    {
        var glrlm = GrayLevelRunLengthMatrix.Compute(roi, IbsiTextureSettings.For(planar));
        if (glrlm.Matrices.Count == 0 || glrlm.Matrices.All(m => m.Sum() == 0)) return [];
        var sum = new double[glrlm.Matrices[0].Length];
        foreach (var m in glrlm.Matrices)
            for (int k = 0; k < sum.Length; k++) sum[k] += m[k];
        return [IbsiCountMatrixFeatures.Compute(IbsiCountMatrixFeatures.RunLength, glrlm.GrayLevels, sum, (double)roi.Volume.VoxelCount * glrlm.Matrices.Count)];
    }
}
