namespace DlRadiomics.Deep;

/// <summary>How the cropped ROI slice is mapped to [0, 1] before resizing.</summary>
public enum IntensityScaling
{
    /// <summary>(v − min) / (max − min) over the crop's pixels; a constant crop maps to 0.</summary>
    MinMax,

    /// <summary>
    /// (v − p_lo) / (p_hi − p_lo) clipped to [0, 1], with p_lo and p_hi percentiles of the crop's pixels by linear
    /// interpolation between order statistics (NumPy's default <c>percentile</c> method); robust to a few bright
    /// voxels such as fat or flow artefacts.
    /// </summary>
    Percentile,
}
