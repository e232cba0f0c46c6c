namespace DlRadiomics.Imaging.Dicom;

/// <summary>One contour of an ROI: its geometric type (<c>CLOSED_PLANAR</c>, <c>POINT</c>, …) and its points (LPS, mm).</summary>
public sealed record RtContour(string GeometricType, IReadOnlyList<Vec3> Points);

/// <summary>An ROI of a structure set: number, name, frame of reference and contours.</summary>
public sealed record RtRoi(int Number, string Name, string? FrameOfReferenceUid, IReadOnlyList<RtContour> Contours);

/// <summary>A parsed DICOM RTSTRUCT: its ROIs and the image series it says it was drawn on.</summary>
public sealed record RtStructure(string Path, IReadOnlyList<RtRoi> Rois, IReadOnlyList<string> ReferencedSeriesUids)
{
    public IReadOnlyList<string> RoiNames => Rois.Select(r => r.Name).ToArray();

    /// <summary>The ROI called <paramref name="name"/> (exact match, then case-insensitive); the error lists the names.</summary>
    public RtRoi Roi(string name) =>
        Rois.FirstOrDefault(r => r.Name == name)
        ?? Rois.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new DicomFormatException(Path, $"no ROI named '{name}'; the structure set has: {string.Join(", ", Rois.Select(r => $"'{r.Name}'"))}");

    /// <summary>
    /// Rasterises the closed planar contours of ROI <paramref name="roiName"/> onto <paramref name="grid"/>, giving
    /// <paramref name="label"/> inside and 0 outside (see <see cref="ContourRasterizer"/>). When
    /// <paramref name="gridFrameOfReferenceUid"/> is known it must equal the ROI's frame of reference.
    /// </summary>
    public LabelMask Rasterize(string roiName, ImageGeometry grid, string? gridFrameOfReferenceUid = null, int label = 1)
    {
        var roi = Roi(roiName);
        if (gridFrameOfReferenceUid is not null && roi.FrameOfReferenceUid is not null && roi.FrameOfReferenceUid != gridFrameOfReferenceUid)
            throw new DicomFormatException(Path, $"ROI '{roi.Name}' is in frame of reference {roi.FrameOfReferenceUid} but the image is in {gridFrameOfReferenceUid}; the contours do not belong to this image");
        var polygons = roi.Contours.Where(c => c.GeometricType == "CLOSED_PLANAR" && c.Points.Count >= 3).Select(c => c.Points).ToArray();
        if (polygons.Length == 0)
            throw new DicomFormatException(Path, $"ROI '{roi.Name}' has no CLOSED_PLANAR contours with at least 3 points to fill");
        return ContourRasterizer.Rasterize(polygons, grid, label, Path, roi.Name);
    }
}
