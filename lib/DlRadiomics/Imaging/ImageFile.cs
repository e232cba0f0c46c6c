namespace DlRadiomics.Imaging;

/// <summary>
/// Reads an image or a mask by what the path is: the format is chosen from the file name (<c>.nrrd</c>, <c>.nhdr</c>,
/// …). This is the entry point the CLI and notebooks use.
/// </summary>
public static class ImageFile
{
    public static VoxelImage ReadImage(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new ImageFormatException(path, "no such file or folder");
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".nrrd") || name.EndsWith(".nhdr")) return NrrdReader.Read(path);
        throw new ImageFormatException(path, "unrecognised image format (supported: .nrrd, .nhdr)");
    }

    public static LabelMask ReadMask(string path) => LabelMask.FromImage(ReadImage(path));
}
