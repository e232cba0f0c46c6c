using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Texture;

/// <summary>
/// PyRadiomics' handling of per-direction matrices (GLCM, GLRLM): with a weighting norm the matrices are summed with
/// per-direction weights into one; otherwise directions whose matrix is empty are dropped (when there is more than one).
/// </summary>
internal static class DirectionMerging
{
    public static List<double[]> Merge(double[][] counts, Offset[] offsets, Vec3 spacing, WeightingNorm? norm, bool exponentialWeights)
    {
        List<double[]> list;
        if (norm is { } w && counts.Length > 0)
        {
            var merged = new double[counts[0].Length];
            for (int a = 0; a < counts.Length; a++)
            {
                double weight = NeighbourOffsets.Weight(offsets[a], spacing, w, exponentialWeights);
                for (int k = 0; k < merged.Length; k++) merged[k] += counts[a][k] * weight;
            }
            list = [merged];
        }
        else list = counts.ToList();
        if (list.Count > 1) list = list.Where(m => m.Sum() != 0).ToList();
        return list;
    }
}
