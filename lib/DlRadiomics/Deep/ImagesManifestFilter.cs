using DlRadiomics.Cohort;

namespace DlRadiomics.Deep;

/// <summary>
/// Which rows of an images manifest (schema <c>images</c>, as <c>dlr synth --images</c> writes it) become cases: one
/// plane, one ROI kind, one rater's one delineation, so that each patient gives one case.
/// </summary>
/// <param name="Plane">The plane (<c>sagittal</c> or <c>axial</c>).</param>
/// <param name="Roi">The ROI kind; null takes the study's deep-feature ROI of the plane (sagittal: <c>disc</c>, axial:
/// <c>canal</c>, the canal with the protruding disc and the dura).</param>
/// <param name="Rater">The rater whose masks are used.</param>
/// <param name="Repeat">The delineation repeat used.</param>
public sealed record ImagesManifestFilter(ImagePlane Plane, RoiKind? Roi = null, int Rater = 1, int Repeat = 1)
{
    /// <summary>The ROI kind used: <see cref="Roi"/>, or the plane's study ROI.</summary>
    public RoiKind RoiUsed => Roi ?? (Plane == ImagePlane.Sagittal ? RoiKind.Disc : RoiKind.Canal);
}
