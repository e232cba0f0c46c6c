namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// Reads DICOM RT Structure Set files: ROI numbers and names from StructureSetROISequence (3006,0020), contours from
/// ROIContourSequence (3006,0039) › ContourSequence (3006,0040) › ContourData (3006,0050), and the referenced series
/// from ReferencedFrameOfReferenceSequence › RTReferencedStudySequence › RTReferencedSeriesSequence.
/// </summary>
public static class RtStructReader
{
    public const string RtStructureSetStorage = "1.2.840.10008.5.1.4.1.1.481.3";

    public static RtStructure Read(string path)
    {
        var file = DicomFile.Read(path, loadPixelData: true);
        var d = file.Dataset;
        if (!IsRtStruct(d))
            throw new DicomFormatException(path, $"not an RTSTRUCT (SOP class {d.GetString(DicomTag.SopClassUid)}, modality {d.GetString(DicomTag.Modality)})");
        var contoursByRoi = new Dictionary<int, List<RtContour>>();
        foreach (var item in d.GetSequence(DicomTag.RoiContourSequence))
        {
            int number = (int)item.RequireNumber(DicomTag.ReferencedRoiNumber);
            var list = contoursByRoi.TryGetValue(number, out var l) ? l : contoursByRoi[number] = [];
            foreach (var contour in item.GetSequence(DicomTag.ContourSequence))
            {
                var data = contour.GetNumbers(DicomTag.ContourData);
                if (data.Length % 3 != 0)
                    throw new DicomFormatException(path, $"ContourData of ROI {number} has {data.Length} values, not a multiple of 3");
                var points = Enumerable.Range(0, data.Length / 3).Select(n => new Vec3(data[3 * n], data[3 * n + 1], data[3 * n + 2])).ToArray();
                list.Add(new RtContour(contour.GetString(DicomTag.ContourGeometricType) ?? "", points));
            }
        }
        var rois = d.GetSequence(DicomTag.StructureSetRoiSequence).Select(item =>
        {
            int number = (int)item.RequireNumber(DicomTag.RoiNumber);
            return new RtRoi(number, item.GetString(DicomTag.RoiName) ?? $"ROI {number}", item.GetString(DicomTag.ReferencedFrameOfReferenceUid),
                contoursByRoi.TryGetValue(number, out var c) ? c : []);
        }).ToArray();
        var series = d.GetSequence(DicomTag.ReferencedFrameOfReferenceSequence)
            .SelectMany(f => f.GetSequence(DicomTag.RtReferencedStudySequence))
            .SelectMany(s => s.GetSequence(DicomTag.RtReferencedSeriesSequence))
            .Select(s => s.GetString(DicomTag.SeriesInstanceUid))
            .OfType<string>()
            .ToArray();
        return new RtStructure(path, rois, series);
    }

    /// <summary>The ROI names of an RTSTRUCT file, in file order.</summary>
    public static IReadOnlyList<string> RoiNames(string path) => Read(path).RoiNames;

    /// <summary>True when <paramref name="path"/> is a readable DICOM file whose SOP class or modality is RTSTRUCT.</summary>
    public static bool IsRtStruct(string path)
    {
        try { return IsRtStruct(DicomFile.Read(path).Dataset); }
        catch (DicomFormatException) { return false; }
    }

    private static bool IsRtStruct(DicomDataset d) =>
        d.GetString(DicomTag.SopClassUid) == RtStructureSetStorage || d.GetString(DicomTag.Modality) == "RTSTRUCT";
}
