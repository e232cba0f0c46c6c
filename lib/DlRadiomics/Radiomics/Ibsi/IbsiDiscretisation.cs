namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI's fixed bin size discretisation: X_d = ⌊(X − X_min) / w⌋ + 1, with X_min the smallest intensity in the ROI.
/// </summary>
/// <remarks>
/// PyRadiomics' fixed bin width instead aligns the bins to multiples of w (bin ⌊x/w⌋ − ⌊min/w⌋ + 1); the two agree
/// when the ROI minimum is a multiple of w. Fixed bin count is defined alike by both and is left to the engine.
/// </remarks>
public static class IbsiDiscretisation
{
    /// <summary>Grey levels 1, 2, … of the ROI of <paramref name="volume"/> with bins of <paramref name="width"/> starting at the ROI minimum.</summary>
    public static DiscretizedRoi FixedBinSize(RoiVolume volume, double width)
    {
        if (!(width > 0)) throw new IbsiException($"bin width must be positive, got {width}");
        var values = volume.RoiIntensities();
        if (values.Any(double.IsNaN)) throw new IbsiException("the image has NaN intensities inside the ROI; mask those voxels out");
        double min = values.Min();
        var bins = new int[volume.Mask.Length];
        int maxBin = 1;
        for (int n = 0; n < bins.Length; n++)
        {
            if (!volume.Mask[n]) continue;
            bins[n] = (int)Math.Floor((volume.Intensities[n] - min) / width) + 1;
            maxBin = Math.Max(maxBin, bins[n]);
        }
        var edges = Enumerable.Range(0, maxBin + 1).Select(k => min + k * width).ToArray();
        return new DiscretizedRoi(volume, bins, edges);
    }
}
