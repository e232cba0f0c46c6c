namespace DlRadiomics.Imaging.Dicom;

/// <summary>What the series reader needs from one single-frame image file: identity, position and pixel encoding.</summary>
internal sealed record DicomSlice(
    string Path,
    string SeriesInstanceUid,
    string? SopInstanceUid,
    string? FrameOfReferenceUid,
    string Modality,
    string SeriesDescription,
    Vec3 Position,
    Vec3 RowDirection,
    Vec3 ColumnDirection,
    double RowSpacing,
    double ColumnSpacing,
    double? SliceThickness,
    int Rows,
    int Columns,
    PixelEncoding Encoding,
    DicomElement PixelData)
{
    /// <summary>Reads the image header of a parsed file; pixel data is checked for presence and size, not loaded.</summary>
    public static DicomSlice FromFile(DicomFile file)
    {
        var d = file.Dataset;
        string path = file.Path;
        var pixel = d.Element(DicomTag.PixelData) ?? throw new DicomFormatException(path, "the image has no PixelData (7FE0,0010) element (missing pixel data)");
        int samples = (int)(d.GetNumber(DicomTag.SamplesPerPixel) ?? 1);
        if (samples != 1)
            throw new DicomFormatException(path, $"SamplesPerPixel is {samples} ({d.GetString(DicomTag.PhotometricInterpretation)}); only grey-scale images are supported");
        int frames = (int)(d.GetNumber(DicomTag.NumberOfFrames) ?? 1);
        if (frames != 1)
            throw new DicomFormatException(path, $"this is a multi-frame image ({frames} frames); only single-frame series (one file per slice) are supported");
        int rows = (int)d.RequireNumber(DicomTag.Rows), columns = (int)d.RequireNumber(DicomTag.Columns);
        var encoding = PixelEncoding.From(d, path);
        long needed = (long)rows * columns * encoding.BytesPerPixel;
        if (pixel.Length < needed)
            throw new DicomFormatException(path, $"pixel data holds {pixel.Length} bytes but {rows}×{columns} pixels of {encoding.BitsAllocated} bits need {needed} (truncated pixel data?)");
        var ipp = d.RequireNumbers(DicomTag.ImagePositionPatient, 3);
        var iop = d.RequireNumbers(DicomTag.ImageOrientationPatient, 6);
        var spacing = d.RequireNumbers(DicomTag.PixelSpacing, 2);
        return new DicomSlice(
            path,
            d.GetString(DicomTag.SeriesInstanceUid) ?? "",
            d.GetString(DicomTag.SopInstanceUid),
            d.GetString(DicomTag.FrameOfReferenceUid),
            d.GetString(DicomTag.Modality) ?? "",
            d.GetString(DicomTag.SeriesDescription) ?? "",
            new Vec3(ipp[0], ipp[1], ipp[2]),
            Unit(new Vec3(iop[0], iop[1], iop[2]), path),
            Unit(new Vec3(iop[3], iop[4], iop[5]), path),
            spacing[0],
            spacing[1],
            d.GetNumber(DicomTag.SliceThickness),
            rows,
            columns,
            encoding,
            pixel);
    }

    /// <summary>Unit normal of the slice plane, row cosine × column cosine.</summary>
    public Vec3 Normal
    {
        get
        {
            var n = RowDirection.Cross(ColumnDirection);
            return (1 / n.Norm) * n;
        }
    }

    private static Vec3 Unit(Vec3 v, string path)
    {
        double n = v.Norm;
        if (!(n > 0.5)) throw new DicomFormatException(path, $"ImageOrientationPatient has a zero-length direction {v}");
        return (1 / n) * v;
    }
}
