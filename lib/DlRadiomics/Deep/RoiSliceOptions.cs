namespace DlRadiomics.Deep;

/// <summary>
/// How an ROI becomes the 2-D picture a network sees (<see cref="RoiSlicePreprocessor"/>). The defaults are the
/// surgical-risk study's choices where it states them (the largest-area ROI slice, min–max scaling) and otherwise the
/// usual transfer-learning ones.
/// </summary>
/// <param name="Label">Mask label of the ROI.</param>
/// <param name="SliceAxis">Voxel axis across which slices are taken (0 = i, 1 = j, 2 = k). The default 2 is the
/// stacking axis of a 2-D multi-slice MR series (and of the synthetic images), i.e. the through-plane axis.</param>
/// <param name="Margin">Pixels added on every side of the ROI's bounding box before cropping (clipped to the slice).
/// The study does not state one; 8 pixels (5 mm at 0.625 mm) keeps the ROI's boundary and a rim of context.</param>
/// <param name="MinimumRoiPixels">The chosen slice must hold at least this many ROI pixels; fewer is an
/// <see cref="Radiomics.RoiException"/> (an ROI of a few pixels carries no texture for the network to describe).</param>
/// <param name="Scaling">Intensity scaling of the crop to [0, 1].</param>
/// <param name="LowerPercentile">Lower percentile (0–100) for <see cref="IntensityScaling.Percentile"/>.</param>
/// <param name="UpperPercentile">Upper percentile (0–100) for <see cref="IntensityScaling.Percentile"/>.</param>
public sealed record RoiSliceOptions(
    int Label = 1,
    int SliceAxis = 2,
    int Margin = 8,
    int MinimumRoiPixels = 16,
    IntensityScaling Scaling = IntensityScaling.MinMax,
    double LowerPercentile = 0.5,
    double UpperPercentile = 99.5)
{
    public static RoiSliceOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (SliceAxis is < 0 or > 2) throw new ArgumentException($"SliceAxis = {SliceAxis}; choose 0 (i), 1 (j) or 2 (k)");
        if (Margin < 0) throw new ArgumentException($"Margin = {Margin}; it must be 0 or more pixels");
        if (MinimumRoiPixels < 1) throw new ArgumentException($"MinimumRoiPixels = {MinimumRoiPixels}; it must be at least 1");
        if (Scaling == IntensityScaling.Percentile && !(LowerPercentile >= 0 && LowerPercentile < UpperPercentile && UpperPercentile <= 100))
            throw new ArgumentException($"percentiles {LowerPercentile} and {UpperPercentile}: need 0 ≤ lower < upper ≤ 100");
    }
}
