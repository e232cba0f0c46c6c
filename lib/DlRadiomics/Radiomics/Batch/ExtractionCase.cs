namespace DlRadiomics.Radiomics.Batch;

/// <summary>One image/mask pair to extract, as a manifest row gives it (paths already resolved).</summary>
/// <param name="Id">Case identifier written to the output's ID column.</param>
/// <param name="ImagePath">Image file (or series folder).</param>
/// <param name="MaskPath">Mask file.</param>
/// <param name="Label">Label to use instead of the <c>label</c> setting, when given.</param>
/// <param name="Roi">ROI name when the mask is a DICOM RTSTRUCT (rasterised onto the image grid).</param>
/// <param name="SeriesUid">Series to read when the image is a DICOM folder holding several.</param>
public sealed record ExtractionCase(string Id, string ImagePath, string MaskPath, int? Label = null, string? Roi = null, string? SeriesUid = null);
