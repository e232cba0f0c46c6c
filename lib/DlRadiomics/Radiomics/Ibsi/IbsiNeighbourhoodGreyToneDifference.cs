using DlRadiomics.Radiomics.Texture;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI <c>ngt_*</c> features (neighbourhood grey tone difference, Chebyshev distance 1): 2D per slice averaged, 2.5D
/// the slices' n_i and s_i summed, 3D.
/// </summary>
/// <remarks>
/// n_i and s_i come from the engine's <see cref="NeighbouringGrayToneDifferenceMatrix"/>, except that IBSI leaves voxels
/// without any ROI neighbour out of n_i (PyRadiomics counts them with difference 0). With N_{v,c} = Σ n_i,
/// p_i = n_i/N_{v,c}, sums over the N_{g,p} levels with p_i &gt; 0:
/// coarseness = 1/Σ p_i s_i; contrast = (Σ_i Σ_j p_i p_j (i − j)² / (N_{g,p}(N_{g,p} − 1))) · Σ s_i / N_{v,c};
/// busyness = Σ p_i s_i / Σ_i Σ_j |i p_i − j p_j|; complexity = Σ_i Σ_j |i − j| (p_i s_i + p_j s_j)/(p_i + p_j) / N_{v,c};
/// strength = Σ_i Σ_j (p_i + p_j)(i − j)² / Σ s_i.
/// A region with a single grey level (Σ p_i s_i = 0) is undefined in IBSI; it gets PyRadiomics' values (coarseness
/// 10⁶, the others 0) so that slice averages stay defined. A slice without any voxel that has a neighbour is left out
/// of the 2D average.
/// </remarks>
public static class IbsiNeighbourhoodGreyToneDifference
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        IbsiAggregation.Add(output, "ngt", "2D", IbsiAggregation.Mean(roi.Slices().Select(s => Features(s, planar: true)).OfType<Dictionary<string, double>>().ToList()));
        IbsiAggregation.Add(output, "ngt", "2_5D", Features(roi.Discretized, planar: true) ?? throw NoNeighbours());
        IbsiAggregation.Add(output, "ngt", "3D", Features(roi.Discretized, planar: false) ?? throw NoNeighbours());
    }

    private static IbsiException NoNeighbours() => new("no ROI voxel has a neighbour in the ROI; the neighbourhood grey tone difference features are undefined");

    /// <summary>The features, or null when no ROI voxel has a ROI neighbour.</summary>
    private static Dictionary<string, double>? Features(DiscretizedRoi roi, bool planar)
    {
        var ngtdm = NeighbouringGrayToneDifferenceMatrix.Compute(roi, IbsiTextureSettings.For(planar));
        var isolated = IsolatedVoxels(roi, planar);
        var levels = new List<double>();
        var n = new List<double>();
        var s = new List<double>();
        for (int k = 0; k < ngtdm.GrayLevels.Count; k++)
        {
            double count = ngtdm.Counts[k] - isolated.GetValueOrDefault(ngtdm.GrayLevels[k]);
            if (count <= 0) continue;
            levels.Add(ngtdm.GrayLevels[k]);
            n.Add(count);
            s.Add(ngtdm.Differences[k]);
        }
        return levels.Count == 0 ? null : Features(levels, n, s);
    }

    /// <summary>The five features from grey levels, n_i and s_i (levels with n_i = 0 already removed).</summary>
    public static Dictionary<string, double> Features(IReadOnlyList<double> levels, IReadOnlyList<double> counts, IReadOnlyList<double> differences)
    {
        int m = levels.Count;
        double nvc = counts.Sum(), sTotal = differences.Sum();
        var p = counts.Select(c => c / nvc).ToArray();
        double ps = 0;
        for (int i = 0; i < m; i++) ps += p[i] * differences[i];
        if (ps == 0)
            return new Dictionary<string, double> { ["coarseness"] = 1e6, ["contrast"] = 0, ["busyness"] = 0, ["complexity"] = 0, ["strength"] = 0 };
        double contrast = 0, busy = 0, complexity = 0, strength = 0;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
            {
                double d = levels[i] - levels[j];
                contrast += p[i] * p[j] * d * d;
                busy += Math.Abs(levels[i] * p[i] - levels[j] * p[j]);
                complexity += Math.Abs(d) * (p[i] * differences[i] + p[j] * differences[j]) / (p[i] + p[j]);
                strength += (p[i] + p[j]) * d * d;
            }
        return new Dictionary<string, double>
        {
            ["coarseness"] = 1 / ps,
            ["contrast"] = contrast / (m * (m - 1.0)) * sTotal / nvc,
            ["busyness"] = ps / busy,
            ["complexity"] = complexity / nvc,
            ["strength"] = strength / sTotal,
        };
    }

    /// <summary>Number of ROI voxels of each grey level that have no ROI voxel among their neighbours.</summary>
    private static Dictionary<int, double> IsolatedVoxels(DiscretizedRoi roi, bool planar)
    {
        var size = roi.Volume.Size;
        var neighbours = NeighbourOffsets.Bidirectional(NeighbourOffsets.Generate(size, [1], planar, 0));
        var bins = roi.Bins;
        var isolated = new Dictionary<int, double>();
        long p = 0;
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
                for (int x = 0; x < size.X; x++, p++)
                {
                    if (bins[p] == 0) continue;
                    long q = p;
                    if (!neighbours.Any(o => o.Fits(x, y, z, size) && bins[q + o.Step(size)] != 0))
                        isolated[bins[p]] = isolated.GetValueOrDefault(bins[p]) + 1;
                }
        return isolated;
    }
}
