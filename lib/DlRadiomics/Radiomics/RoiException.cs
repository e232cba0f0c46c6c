namespace DlRadiomics.Radiomics;

/// <summary>Why a region of interest cannot be used for feature extraction.</summary>
public enum RoiProblem
{
    /// <summary>The mask has no non-zero voxel at all.</summary>
    EmptyMask,
    /// <summary>The requested label does not occur in the mask.</summary>
    LabelAbsent,
    /// <summary>The ROI is a single voxel.</summary>
    SingleVoxel,
    /// <summary>The ROI spans fewer axes than <c>minimumROIDimensions</c>.</summary>
    TooFewDimensions,
    /// <summary>The ROI has no more voxels than <c>minimumROISize</c>.</summary>
    TooSmall,
    /// <summary>Re-segmentation left at most one voxel.</summary>
    ResegmentationTooStrict,
    /// <summary>Image intensities inside the ROI are NaN (or the image is NaN where normalisation needs it).</summary>
    NaNIntensities,
    /// <summary>With <c>correctMask</c>, the ROI lies (partly) outside the image's physical extent.</summary>
    OutsideImage,
}

/// <summary>The region of interest is not usable; <see cref="Problem"/> says why, the message says how to fix it.</summary>
public sealed class RoiException(RoiProblem problem, string message) : DlRadiomicsException(message)
{
    public RoiProblem Problem { get; } = problem;
}
