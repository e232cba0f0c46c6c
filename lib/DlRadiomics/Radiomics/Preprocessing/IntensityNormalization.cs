namespace DlRadiomics.Radiomics.Preprocessing;

/// <summary>
/// PyRadiomics' <c>normalize</c>: standardisation of the whole image as SimpleITK's <c>Normalize</c> does it,
/// optional outlier clipping, then scaling.
/// </summary>
/// <remarks>
/// f(x) = s · clip((x − μ) / σ, −n, n), with μ and σ the mean and the sample standard deviation (N − 1 denominator, as
/// ITK's StatisticsImageFilter) of all image voxels — not only the ROI — n = <c>removeOutliers</c> (no clipping when
/// unset) and s = <c>normalizeScale</c>. The statistics are computed once on the whole image; the map is then applied
/// to any crop of it, which gives the same values as normalising first and cropping after.
/// </remarks>
public sealed record IntensityNormalization(double Mean, double StandardDeviation, double? Outliers, double Scale)
{
    public static IntensityNormalization FromImage(ReadOnlySpan<double> voxels, RadiomicsSettings settings)
    {
        // Compensated sums, as ITK accumulates them.
        double sum = 0, sumC = 0, sq = 0, sqC = 0;
        foreach (double v in voxels)
        {
            if (double.IsNaN(v))
                throw new RoiException(RoiProblem.NaNIntensities, "the image contains NaN voxels, so it cannot be normalised (normalize: true); replace them or disable normalisation");
            Kahan(ref sum, ref sumC, v);
            Kahan(ref sq, ref sqC, v * v);
        }
        long n = voxels.Length;
        double mean = sum / n;
        double variance = (sq - sum * sum / n) / (n - 1);
        return new IntensityNormalization(mean, Math.Sqrt(variance), settings.RemoveOutliers, settings.NormalizeScale);
    }

    private static void Kahan(ref double sum, ref double c, double value)
    {
        double y = value - c;
        double t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }

    public double Apply(double x)
    {
        double z = (x - Mean) / StandardDeviation;
        if (Outliers is { } o) z = z > o ? o : z < -o ? -o : z;
        return z * Scale;
    }
}
