namespace DlRadiomics.Radiomics;

/// <summary>
/// A ROI after grey-level discretisation: bin numbers (1, 2, …) for ROI voxels and 0 elsewhere, on the grid of
/// <see cref="Volume"/>. <see cref="GrayLevels"/> are the bin numbers present, ascending; <see cref="MaxGrayLevel"/>
/// is PyRadiomics' N_g.
/// </summary>
public sealed class DiscretizedRoi
{
    public DiscretizedRoi(RoiVolume volume, int[] bins, double[] binEdges)
    {
        Volume = volume;
        Bins = bins;
        BinEdges = binEdges;
        int max = 0;
        foreach (int b in bins) if (b > max) max = b;
        var present = new bool[max + 1];
        foreach (int b in bins) present[b] = true;
        GrayLevels = Enumerable.Range(1, max).Where(g => present[g]).ToArray();
        MaxGrayLevel = max;
        LevelIndex = new int[max + 1];
        Array.Fill(LevelIndex, -1);
        for (int k = 0; k < GrayLevels.Count; k++) LevelIndex[GrayLevels[k]] = k;
    }

    public RoiVolume Volume { get; }

    /// <summary>Bin number of every voxel of the crop (0 outside the ROI).</summary>
    public int[] Bins { get; }

    public double[] BinEdges { get; }

    /// <summary>Bin numbers that occur in the ROI, ascending.</summary>
    public IReadOnlyList<int> GrayLevels { get; }

    /// <summary>Largest bin number in the ROI (N_g in PyRadiomics' formulas).</summary>
    public int MaxGrayLevel { get; }

    /// <summary>Position of a bin number in <see cref="GrayLevels"/>, or −1 when absent.</summary>
    internal int[] LevelIndex { get; }
}
