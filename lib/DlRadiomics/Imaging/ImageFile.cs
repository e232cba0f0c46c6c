namespace DlRadiomics.Imaging;

/// <summary>
/// Reads an image or a mask by what the path is: the format is chosen from the file name (<c>.nrrd</c>, <c>.nhdr</c>,
/// <c>.nii</c>, <c>.nii.gz</c>). This is the entry point the CLI and notebooks use.
/// </summary>
public static class ImageFile
{
    public static VoxelImage ReadImage(string path) => Format(path) switch
    {
        ImageFormat.Nrrd => NrrdReader.Read(path),
        _ => NiftiReader.Read(path),
    };

    public static LabelMask ReadMask(string path) => Format(path) switch
    {
        ImageFormat.Nrrd => NrrdReader.ReadMask(path),
        _ => NiftiReader.ReadMask(path),
    };

    private enum ImageFormat { Nrrd, Nifti }

    private static ImageFormat Format(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new ImageFormatException(path, "no such file or folder");
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".nrrd") || name.EndsWith(".nhdr")) return ImageFormat.Nrrd;
        if (name.EndsWith(".nii") || name.EndsWith(".nii.gz")) return ImageFormat.Nifti;
        throw new ImageFormatException(path, "unrecognised image format (supported: .nrrd, .nhdr, .nii, .nii.gz)");
    }
}
