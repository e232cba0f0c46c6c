namespace DlRadiomics.Cohort;

/// <summary>Which study a synthetic patient belongs to; it decides the regions of interest drawn.</summary>
public enum SyntheticStudy
{
    /// <summary>Fan et al. 2024: sagittal disc; axial canal, herniated nucleus and dura.</summary>
    SurgicalRisk,
    /// <summary>Zhang et al. 2026: sagittal disc; axial multifidus, erector spinae and psoas.</summary>
    Recurrence,
}

/// <summary>The regions of interest of each study.</summary>
public static class SyntheticStudies
{
    public static IReadOnlyList<RoiKind> Rois(this SyntheticStudy study) => study == SyntheticStudy.SurgicalRisk
        ? [RoiKind.Disc, RoiKind.Canal, RoiKind.Nucleus, RoiKind.Dura]
        : [RoiKind.Disc, RoiKind.Multifidus, RoiKind.ErectorSpinae, RoiKind.Psoas];
}

/// <summary>One delineation: who drew it and which attempt (for inter- and intra-rater ICC).</summary>
public readonly record struct Delineation(int Rater, int Repeat)
{
    public static Delineation First { get; } = new(1, 1);

    /// <summary>The delineations of a patient in the reliability subset: first rater twice, second rater once.</summary>
    public static IReadOnlyList<Delineation> Reliability { get; } = [new(1, 1), new(1, 2), new(2, 1)];
}

/// <summary>A region-of-interest mask of one patient, on the grid of its plane's image.</summary>
public sealed record RoiMask(RoiKind Kind, Delineation Delineation, Imaging.LabelMask Mask)
{
    public ImagePlane Plane => Kind.Plane();
}

/// <summary>The synthetic MR images of one patient and their masks.</summary>
public sealed record PatientImages(PatientTraits Patient, Imaging.VoxelImage Sagittal, Imaging.VoxelImage Axial, IReadOnlyList<RoiMask> Masks)
{
    public Imaging.VoxelImage Image(ImagePlane plane) => plane == ImagePlane.Sagittal ? Sagittal : Axial;
}
