using System.Buffers.Binary;
using System.Globalization;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// Writes a volume as a DICOM MR Image Storage series: one explicit-VR little-endian file per slice, signed 16-bit
/// pixels with the rescale slope/intercept of <see cref="Int16Quantization"/>, ImagePositionPatient /
/// ImageOrientationPatient / PixelSpacing / SliceThickness from the geometry, and UIDs derived from the seed and
/// patient ID (<see cref="DicomUid"/>), so writing the same volume twice gives the same files.
/// </summary>
/// <remarks>
/// Slice k is at origin + k·spacing_z·axis_k. Readers stack slices along row × column cosine; when the image's third
/// axis points the other way (a left-handed grid), a reader returns the same voxels in the same places with k reversed.
/// </remarks>
public static class DicomSeriesWriter
{
    public const string MrImageStorage = "1.2.840.10008.5.1.4.1.1.4";
    private static readonly string ImplementationClassUid = DicomUid.FromParts("DlRadiomics", "DicomSeriesWriter");

    /// <summary>
    /// Writes <paramref name="image"/> into <paramref name="folder"/> (created if needed) as <c>IM00001.dcm</c>, …;
    /// returns the file paths in slice order. Existing files of the same names are replaced.
    /// </summary>
    /// <param name="image">The volume; its values are stored as int16 with a rescale (see <see cref="Int16Quantization"/>).</param>
    /// <param name="folder">Output folder.</param>
    /// <param name="patientId">PatientID and PatientName; also seeds the UIDs.</param>
    /// <param name="seriesDescription">SeriesDescription; also seeds the series and image UIDs.</param>
    /// <param name="uidSeed">Makes the UIDs differ between otherwise identical exports (default: none).</param>
    public static IReadOnlyList<string> Write(VoxelImage image, string folder, string patientId, string seriesDescription, string uidSeed = "")
    {
        var g = image.Geometry;
        var quantization = Int16Quantization.Choose(image.Voxels);
        string studyUid = DicomUid.FromParts(uidSeed, patientId, "study");
        string seriesUid = DicomUid.FromParts(uidSeed, patientId, seriesDescription, "series");
        string frameUid = DicomUid.FromParts(uidSeed, patientId, "frame of reference");
        Directory.CreateDirectory(folder);

        var row = g.Direction.Axis(0);
        var column = g.Direction.Axis(1);
        var sliceAxis = g.Direction.Axis(2);
        string orientation = string.Join('\\', new[] { row.X, row.Y, row.Z, column.X, column.Y, column.Z }.Select(Int16Quantization.FormatDs));
        int perSlice = g.Size.X * g.Size.Y;
        var pixels = new byte[perSlice * 2];
        var paths = new List<string>();
        for (int k = 0; k < g.Size.Z; k++)
        {
            string sopUid = DicomUid.FromParts(uidSeed, patientId, seriesDescription, "image", k.ToString(CultureInfo.InvariantCulture));
            var position = g.Origin + (k * g.Spacing.Z) * sliceAxis;
            var slice = image.Voxels.AsSpan(k * perSlice, perSlice);
            for (int n = 0; n < perSlice; n++) BinaryPrimitives.WriteInt16LittleEndian(pixels.AsSpan(2 * n), quantization.Store(slice[n]));

            string path = Path.Combine(folder, $"IM{k + 1:D5}.dcm");
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                file.Write(new byte[128]);
                file.Write("DICM"u8);
                WriteMeta(file, sopUid);
                var w = new DicomElementWriter(file);
                w.String(DicomTag.SpecificCharacterSet, "CS", "ISO_IR 192");
                w.String(DicomTag.ImageType, "CS", "DERIVED\\SECONDARY");
                w.String(DicomTag.SopClassUid, "UI", MrImageStorage);
                w.String(DicomTag.SopInstanceUid, "UI", sopUid);
                w.String(DicomTag.StudyDate, "DA", "");
                w.String(new DicomTag(0x0008, 0x0030), "TM", "");
                w.String(new DicomTag(0x0008, 0x0050), "SH", "");
                w.String(DicomTag.Modality, "CS", "MR");
                w.String(DicomTag.Manufacturer, "LO", "");
                w.String(new DicomTag(0x0008, 0x0090), "PN", "");
                w.String(DicomTag.SeriesDescription, "LO", seriesDescription);
                w.String(DicomTag.PatientName, "PN", patientId);
                w.String(DicomTag.PatientId, "LO", patientId);
                w.String(new DicomTag(0x0010, 0x0030), "DA", "");
                w.String(new DicomTag(0x0010, 0x0040), "CS", "");
                w.String(new DicomTag(0x0018, 0x0020), "CS", "RM");
                w.String(new DicomTag(0x0018, 0x0021), "CS", "NONE");
                w.String(new DicomTag(0x0018, 0x0022), "CS", "");
                w.String(new DicomTag(0x0018, 0x0023), "CS", "3D");
                w.String(DicomTag.SliceThickness, "DS", Int16Quantization.FormatDs(g.Spacing.Z));
                w.String(new DicomTag(0x0018, 0x0080), "DS", "");
                w.String(new DicomTag(0x0018, 0x0081), "DS", "");
                w.String(DicomTag.SpacingBetweenSlices, "DS", Int16Quantization.FormatDs(g.Spacing.Z));
                w.String(new DicomTag(0x0018, 0x0091), "IS", "");
                w.String(DicomTag.StudyInstanceUid, "UI", studyUid);
                w.String(DicomTag.SeriesInstanceUid, "UI", seriesUid);
                w.String(new DicomTag(0x0020, 0x0010), "SH", "");
                w.String(DicomTag.SeriesNumber, "IS", "1");
                w.String(DicomTag.InstanceNumber, "IS", (k + 1).ToString(CultureInfo.InvariantCulture));
                w.String(DicomTag.ImagePositionPatient, "DS", string.Join('\\', new[] { position.X, position.Y, position.Z }.Select(Int16Quantization.FormatDs)));
                w.String(DicomTag.ImageOrientationPatient, "DS", orientation);
                w.String(DicomTag.FrameOfReferenceUid, "UI", frameUid);
                w.String(new DicomTag(0x0020, 0x1040), "LO", "");
                w.UInt16(DicomTag.SamplesPerPixel, 1);
                w.String(DicomTag.PhotometricInterpretation, "CS", "MONOCHROME2");
                w.UInt16(DicomTag.Rows, checked((ushort)g.Size.Y));
                w.UInt16(DicomTag.Columns, checked((ushort)g.Size.X));
                w.String(DicomTag.PixelSpacing, "DS", Int16Quantization.FormatDs(g.Spacing.Y) + "\\" + Int16Quantization.FormatDs(g.Spacing.X));
                w.UInt16(DicomTag.BitsAllocated, 16);
                w.UInt16(DicomTag.BitsStored, 16);
                w.UInt16(DicomTag.HighBit, 15);
                w.UInt16(DicomTag.PixelRepresentation, 1);
                w.String(DicomTag.RescaleIntercept, "DS", Int16Quantization.FormatDs(quantization.Intercept));
                w.String(DicomTag.RescaleSlope, "DS", Int16Quantization.FormatDs(quantization.Slope));
                w.Raw(DicomTag.PixelData, "OW", pixels);
            }
            paths.Add(path);
        }
        return paths;
    }

    private static void WriteMeta(Stream file, string sopUid)
    {
        using var group = new MemoryStream();
        var m = new DicomElementWriter(group);
        m.Raw(DicomTag.FileMetaInformationVersion, "OB", [0, 1]);
        m.String(DicomTag.MediaStorageSopClassUid, "UI", MrImageStorage);
        m.String(DicomTag.MediaStorageSopInstanceUid, "UI", sopUid);
        m.String(DicomTag.TransferSyntaxUid, "UI", TransferSyntax.ExplicitVrLittleEndian.Uid);
        m.String(DicomTag.ImplementationClassUid, "UI", ImplementationClassUid);
        m.String(DicomTag.ImplementationVersionName, "SH", "DLRADIOMICS");
        new DicomElementWriter(file).UInt32(DicomTag.FileMetaInformationGroupLength, (uint)group.Length);
        group.Position = 0;
        group.CopyTo(file);
    }
}
