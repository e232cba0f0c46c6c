namespace DlRadiomics.Imaging.Dicom;

/// <summary>A parsed DICOM Part 10 file: its file meta information, its data set and the transfer syntax.</summary>
public sealed record DicomFile(string Path, DicomDataset Meta, DicomDataset Dataset, TransferSyntax TransferSyntax)
{
    /// <summary>
    /// Reads <paramref name="path"/>. Pixel data of uncompressed files stays on disk unless
    /// <paramref name="loadPixelData"/>; its element then records where it is. Compressed transfer syntaxes raise
    /// <see cref="UnsupportedTransferSyntaxException"/>, other problems <see cref="DicomFormatException"/>.
    /// </summary>
    public static DicomFile Read(string path, bool loadPixelData = false)
    {
        try
        {
            return DicomParser.ReadFile(path, loadPixelData);
        }
        catch (InvalidDataException e)
        {
            throw new DicomFormatException(path, $"the deflated data set is corrupt: {e.Message}", e);
        }
    }

    /// <summary>True when the file starts with a DICOM preamble and <c>DICM</c> marker (a cheap test before parsing).</summary>
    public static bool HasPart10Marker(string path)
    {
        using var s = File.OpenRead(path);
        var head = new byte[132];
        return s.ReadAtLeast(head, 132, throwOnEndOfStream: false) == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
    }
}
