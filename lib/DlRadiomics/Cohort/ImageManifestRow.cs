namespace DlRadiomics.Cohort;

/// <summary>One row of an images manifest (schema <c>images</c>): a patient's image of one plane and one ROI mask, with who drew it.</summary>
/// <param name="PatientId">Patient (foreign key into the clinical or recurrence table).</param>
/// <param name="Plane">Acquisition plane (<c>sagittal</c>, <c>axial</c>).</param>
/// <param name="Sequence">MR sequence name.</param>
/// <param name="Level">Responsible level (<c>L4/5</c>…).</param>
/// <param name="ImagePath">Image path, resolved against the manifest's folder.</param>
/// <param name="MaskPath">Mask path, resolved against the manifest's folder.</param>
/// <param name="Roi">Region of interest.</param>
/// <param name="Rater">Who delineated it (1, 2…).</param>
/// <param name="Repeat">Which of that rater's delineations (1, 2…).</param>
public sealed record ImageManifestRow(string PatientId, string Plane, string Sequence, string Level, string ImagePath, string MaskPath, RoiKind Roi, int Rater, int Repeat);
