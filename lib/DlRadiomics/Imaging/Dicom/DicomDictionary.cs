namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// Value representations of the tags this library interprets, for implicit-VR files (which do not store the VR).
/// A tag not listed reads as <c>UN</c>: its bytes are kept, and it can still be opened as a sequence on demand.
/// </summary>
public static class DicomDictionary
{
    private static readonly Dictionary<DicomTag, (string Vr, string Name)> Entries = new()
    {
        [DicomTag.FileMetaInformationGroupLength] = ("UL", "FileMetaInformationGroupLength"),
        [DicomTag.TransferSyntaxUid] = ("UI", "TransferSyntaxUID"),
        [DicomTag.SpecificCharacterSet] = ("CS", "SpecificCharacterSet"),
        [DicomTag.ImageType] = ("CS", "ImageType"),
        [DicomTag.SopClassUid] = ("UI", "SOPClassUID"),
        [DicomTag.SopInstanceUid] = ("UI", "SOPInstanceUID"),
        [DicomTag.StudyDate] = ("DA", "StudyDate"),
        [DicomTag.Modality] = ("CS", "Modality"),
        [DicomTag.Manufacturer] = ("LO", "Manufacturer"),
        [DicomTag.SeriesDescription] = ("LO", "SeriesDescription"),
        [DicomTag.ReferencedSopClassUid] = ("UI", "ReferencedSOPClassUID"),
        [DicomTag.ReferencedSopInstanceUid] = ("UI", "ReferencedSOPInstanceUID"),
        [DicomTag.PatientName] = ("PN", "PatientName"),
        [DicomTag.PatientId] = ("LO", "PatientID"),
        [DicomTag.SliceThickness] = ("DS", "SliceThickness"),
        [DicomTag.SpacingBetweenSlices] = ("DS", "SpacingBetweenSlices"),
        [DicomTag.StudyInstanceUid] = ("UI", "StudyInstanceUID"),
        [DicomTag.SeriesInstanceUid] = ("UI", "SeriesInstanceUID"),
        [DicomTag.SeriesNumber] = ("IS", "SeriesNumber"),
        [DicomTag.InstanceNumber] = ("IS", "InstanceNumber"),
        [DicomTag.ImagePositionPatient] = ("DS", "ImagePositionPatient"),
        [DicomTag.ImageOrientationPatient] = ("DS", "ImageOrientationPatient"),
        [DicomTag.FrameOfReferenceUid] = ("UI", "FrameOfReferenceUID"),
        [DicomTag.SamplesPerPixel] = ("US", "SamplesPerPixel"),
        [DicomTag.PhotometricInterpretation] = ("CS", "PhotometricInterpretation"),
        [DicomTag.NumberOfFrames] = ("IS", "NumberOfFrames"),
        [DicomTag.Rows] = ("US", "Rows"),
        [DicomTag.Columns] = ("US", "Columns"),
        [DicomTag.PixelSpacing] = ("DS", "PixelSpacing"),
        [DicomTag.BitsAllocated] = ("US", "BitsAllocated"),
        [DicomTag.BitsStored] = ("US", "BitsStored"),
        [DicomTag.HighBit] = ("US", "HighBit"),
        [DicomTag.PixelRepresentation] = ("US", "PixelRepresentation"),
        [DicomTag.WindowCenter] = ("DS", "WindowCenter"),
        [DicomTag.WindowWidth] = ("DS", "WindowWidth"),
        [DicomTag.RescaleIntercept] = ("DS", "RescaleIntercept"),
        [DicomTag.RescaleSlope] = ("DS", "RescaleSlope"),
        [DicomTag.RescaleType] = ("LO", "RescaleType"),
        [new DicomTag(0x0008, 0x1115)] = ("SQ", "ReferencedSeriesSequence"),
        [new DicomTag(0x0008, 0x1140)] = ("SQ", "ReferencedImageSequence"),
        [new DicomTag(0x0008, 0x1199)] = ("SQ", "ReferencedSOPSequence"),
        [new DicomTag(0x0012, 0x0064)] = ("SQ", "DeidentificationMethodCodeSequence"),
        [DicomTag.ReferencedFrameOfReferenceSequence] = ("SQ", "ReferencedFrameOfReferenceSequence"),
        [DicomTag.RtReferencedStudySequence] = ("SQ", "RTReferencedStudySequence"),
        [DicomTag.RtReferencedSeriesSequence] = ("SQ", "RTReferencedSeriesSequence"),
        [DicomTag.ContourImageSequence] = ("SQ", "ContourImageSequence"),
        [DicomTag.StructureSetRoiSequence] = ("SQ", "StructureSetROISequence"),
        [DicomTag.RoiNumber] = ("IS", "ROINumber"),
        [DicomTag.ReferencedFrameOfReferenceUid] = ("UI", "ReferencedFrameOfReferenceUID"),
        [DicomTag.RoiName] = ("LO", "ROIName"),
        [DicomTag.RoiContourSequence] = ("SQ", "ROIContourSequence"),
        [DicomTag.ContourSequence] = ("SQ", "ContourSequence"),
        [DicomTag.ContourGeometricType] = ("CS", "ContourGeometricType"),
        [DicomTag.NumberOfContourPoints] = ("IS", "NumberOfContourPoints"),
        [DicomTag.ContourData] = ("DS", "ContourData"),
        [new DicomTag(0x3006, 0x0080)] = ("SQ", "RTROIObservationsSequence"),
        [DicomTag.ReferencedRoiNumber] = ("IS", "ReferencedROINumber"),
        [DicomTag.PixelData] = ("OW", "PixelData"),
    };

    /// <summary>The VR of <paramref name="tag"/>: <c>UL</c> for group lengths, <c>UN</c> when unknown.</summary>
    public static string VrOf(DicomTag tag) =>
        Entries.TryGetValue(tag, out var e) ? e.Vr : tag.Element == 0 ? "UL" : "UN";

    /// <summary>The keyword of <paramref name="tag"/>, or its (gggg,eeee) form when unknown.</summary>
    public static string NameOf(DicomTag tag) => Entries.TryGetValue(tag, out var e) ? $"{e.Name} {tag}" : tag.ToString();
}
