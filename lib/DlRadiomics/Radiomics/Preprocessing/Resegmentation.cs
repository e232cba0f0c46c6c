namespace DlRadiomics.Radiomics.Preprocessing;

/// <summary>
/// PyRadiomics' <c>resegmentRange</c>/<c>resegmentMode</c>: removes ROI voxels whose intensity is outside a range.
/// </summary>
/// <remarks>
/// One threshold keeps voxels with x ≥ T_lower; two keep T_lower ≤ x ≤ T_upper (thresholds sorted). Thresholds are
/// absolute grey values, fractions of the ROI maximum (relative: T = max · t) or numbers of population standard
/// deviations from the ROI mean (sigma: T = μ + σ·t). At least two voxels must remain.
/// </remarks>
public static class Resegmentation
{
    /// <summary>The ROI of <paramref name="volume"/> after re-segmentation (a new mask on the same grid).</summary>
    public static bool[] Apply(RoiVolume volume, RadiomicsSettings settings, int label)
    {
        var range = settings.ResegmentRange ?? throw new ArgumentException("no resegmentRange set", nameof(settings));
        var sorted = range.Order().ToArray();
        var values = volume.RoiIntensities();
        double[] thresholds = settings.ResegmentMode switch
        {
            ResegmentMode.Absolute => sorted,
            ResegmentMode.Relative => sorted.Select(t => values.Max() * t).ToArray(),
            ResegmentMode.Sigma => SigmaThresholds(values, sorted),
            _ => throw new ArgumentOutOfRangeException(nameof(settings)),
        };
        var mask = new bool[volume.Mask.Length];
        int kept = 0;
        for (int n = 0; n < mask.Length; n++)
        {
            if (!volume.Mask[n]) continue;
            double x = volume.Intensities[n];
            bool keep = x >= thresholds[0] && (thresholds.Length < 2 || x <= thresholds[1]);
            mask[n] = keep;
            if (keep) kept++;
        }
        if (kept <= 1)
            throw new RoiException(RoiProblem.ResegmentationTooStrict,
                $"re-segmentation with range [{string.Join(", ", range)}] ({settings.ResegmentMode.ToString().ToLowerInvariant()}) kept {kept} voxel(s) of label {label}; widen resegmentRange");
        return mask;
    }

    private static double[] SigmaThresholds(double[] values, double[] sorted)
    {
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        return sorted.Select(t => mean + sd * t).ToArray();
    }
}
