using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Imaging;

/// <summary>
/// Reads an image or a mask by what the path is: a folder is a DICOM series, a file's format is chosen from its name
/// (<c>.nrrd</c>, <c>.nhdr</c>, <c>.nii</c>, <c>.nii.gz</c>, <c>.dcm</c>) and, for other names, from a DICOM
/// preamble. This is the entry point the CLI and notebooks use.
/// </summary>
public static class ImageFile
{
    /// <summary>Reads an image file, or the one image series in a DICOM folder (see <see cref="ReadImage(string, string?)"/>).</summary>
    public static VoxelImage ReadImage(string path) => ReadImage(path, seriesUid: null);

    /// <summary>Reads an image; for a DICOM folder holding several series, <paramref name="seriesUid"/> chooses one.</summary>
    public static VoxelImage ReadImage(string path, string? seriesUid) => Format(path) switch
    {
        ImageFormat.Nrrd => NrrdReader.Read(path),
        ImageFormat.Nifti => NiftiReader.Read(path),
        ImageFormat.DicomFile => DicomSeriesReader.ReadFile(path),
        _ => DicomSeriesReader.Read(path, seriesUid),
    };

    /// <summary>Reads a label image (NRRD, NIfTI or a DICOM image whose values are labels).</summary>
    public static LabelMask ReadMask(string path) => Format(path) switch
    {
        ImageFormat.Nrrd => NrrdReader.ReadMask(path),
        ImageFormat.Nifti => NiftiReader.ReadMask(path),
        _ => LabelMask.FromImage(ReadImage(path)),
    };

    /// <summary>
    /// Reads a mask given either as a label image, or as a DICOM RTSTRUCT file with the name of one of its ROIs, which
    /// is rasterised onto the grid of <paramref name="referenceImage"/> (a DICOM series folder or any image file).
    /// </summary>
    /// <param name="path">Label image, or RTSTRUCT file.</param>
    /// <param name="roi">ROI name, required for an RTSTRUCT and not allowed otherwise.</param>
    /// <param name="referenceImage">The image the mask belongs to; its grid is the mask's grid for an RTSTRUCT.</param>
    /// <param name="seriesUid">Chooses the series when <paramref name="referenceImage"/> is a folder with several.</param>
    public static LabelMask ReadMask(string path, string? roi, string referenceImage, string? seriesUid = null)
    {
        bool isRtStruct = File.Exists(path) && RtStructReader.IsRtStruct(path);
        if (!isRtStruct)
        {
            if (roi is not null) throw new ImageFormatException(path, $"an ROI name ('{roi}') was given but the mask is not a DICOM RTSTRUCT file");
            return ReadMask(path);
        }
        var structure = RtStructReader.Read(path);
        if (roi is null) throw MissingRoi(path, structure);
        if (Format(referenceImage) != ImageFormat.DicomFolder) return structure.Rasterize(roi, ReadImage(referenceImage).Geometry);
        var series = DicomSeriesReader.ReadLayout(referenceImage, seriesUid);
        return structure.Rasterize(roi, series.Geometry, series.Info.FrameOfReferenceUid);
    }

    /// <summary>
    /// Reads an image and its mask — a label image, or an RTSTRUCT with <paramref name="roi"/> rasterised onto the
    /// image's grid — and checks that they share a grid (<see cref="GeometryMismatchException"/> names both files).
    /// This is what <c>dlr extract</c> does with <c>--image</c>, <c>--mask</c> and <c>--roi</c>.
    /// </summary>
    public static (VoxelImage Image, LabelMask Mask) ReadImageAndMask(string imagePath, string maskPath, string? roi = null, string? seriesUid = null, double tolerance = ImageGeometry.DefaultTolerance)
    {
        bool isRtStruct = File.Exists(maskPath) && RtStructReader.IsRtStruct(maskPath);
        if (!isRtStruct)
        {
            if (roi is not null) throw new ImageFormatException(maskPath, $"an ROI name ('{roi}') was given but the mask is not a DICOM RTSTRUCT file");
            var image = ReadImage(imagePath, seriesUid);
            var mask = ReadMask(maskPath);
            image.Geometry.EnsureMatches(mask.Geometry, imagePath, maskPath, tolerance);
            return (image, mask);
        }
        var structure = RtStructReader.Read(maskPath);
        if (roi is null) throw MissingRoi(maskPath, structure);
        if (Format(imagePath) == ImageFormat.DicomFolder)
        {
            var (image, layout) = DicomSeriesReader.ReadWithLayout(imagePath, seriesUid);
            return (image, structure.Rasterize(roi, image.Geometry, layout.Info.FrameOfReferenceUid));
        }
        var other = ReadImage(imagePath, seriesUid);
        return (other, structure.Rasterize(roi, other.Geometry));
    }

    private static ImageFormatException MissingRoi(string path, RtStructure structure) =>
        new(path, "the mask is a DICOM RTSTRUCT; name the ROI to use (available: " + string.Join(", ", structure.Rois.Select(r => $"'{r.Name}'")) + ")");

    private enum ImageFormat { Nrrd, Nifti, DicomFile, DicomFolder }

    private static ImageFormat Format(string path)
    {
        if (Directory.Exists(path)) return ImageFormat.DicomFolder;
        if (!File.Exists(path)) throw new ImageFormatException(path, "no such file or folder");
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".nrrd") || name.EndsWith(".nhdr")) return ImageFormat.Nrrd;
        if (name.EndsWith(".nii") || name.EndsWith(".nii.gz")) return ImageFormat.Nifti;
        if (name.EndsWith(".dcm") || name.EndsWith(".dicom") || DicomFile.HasPart10Marker(path)) return ImageFormat.DicomFile;
        throw new ImageFormatException(path, "unrecognised image format (supported: .nrrd, .nhdr, .nii, .nii.gz, DICOM files and DICOM series folders)");
    }
}
