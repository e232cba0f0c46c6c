namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI intensity-histogram features (<c>ih_*</c>) of the discretised ROI: the statistics of
/// <see cref="IbsiIntensityStatistics"/> on the grey levels, plus features of the histogram itself.
/// </summary>
/// <remarks>
/// H(i) the number of voxels with grey level i = 1…N_g, p_i = H(i)/N. mode = the most frequent level (the one
/// closest to the mean on ties); entropy = −Σ p_i log₂ p_i; uniformity = Σ p_i²; the histogram gradient
/// H′(1) = H(2) − H(1), H′(i) = (H(i+1) − H(i−1))/2, H′(N_g) = H(N_g) − H(N_g−1); max_grad / min_grad its largest /
/// smallest value and max_grad_g / min_grad_g the grey level where it occurs.
/// </remarks>
public static class IbsiIntensityHistogram
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        var levels = roi.Discretized.Bins.Where(b => b != 0).Select(b => (double)b).ToArray();
        foreach (var (name, value) in IbsiIntensityStatistics.Compute(levels))
            if (name is not ("energy" or "rms")) output["ih_" + name] = value;
        int ng = roi.GrayLevelCount;
        var h = new double[ng + 1];
        foreach (double level in levels) h[(int)level]++;
        double n = levels.Length, mean = levels.Average();
        int mode = Enumerable.Range(1, ng).OrderByDescending(i => h[i]).ThenBy(i => Math.Abs(i - mean)).First();
        output["ih_mode"] = mode;
        output["ih_entropy"] = -h.Where(c => c > 0).Sum(c => c / n * Math.Log2(c / n));
        output["ih_uniformity"] = h.Sum(c => c / n * (c / n));
        if (ng < 2) throw new IbsiException("the histogram gradient needs at least two grey levels; the ROI is flat");
        var gradient = new double[ng + 1];
        gradient[1] = h[2] - h[1];
        gradient[ng] = h[ng] - h[ng - 1];
        for (int i = 2; i < ng; i++) gradient[i] = (h[i + 1] - h[i - 1]) / 2;
        var range = Enumerable.Range(1, ng).ToArray();
        int maxAt = range.MaxBy(i => gradient[i]), minAt = range.MinBy(i => gradient[i]);
        output["ih_max_grad"] = gradient[maxAt];
        output["ih_max_grad_g"] = maxAt;
        output["ih_min_grad"] = gradient[minAt];
        output["ih_min_grad_g"] = minAt;
    }
}
