namespace DlRadiomics.Imaging.Dicom;

/// <summary>One image series found in a folder: its UID, description and files (unsorted).</summary>
public sealed record DicomSeriesInfo(string SeriesInstanceUid, string Modality, string SeriesDescription, string? FrameOfReferenceUid, int SliceCount, IReadOnlyList<string> Files);
