namespace DlRadiomics.Imaging.Dicom;

/// <summary>How a DICOM data set is encoded: VR explicit or implicit, byte order, deflate, or compressed pixel data.</summary>
public sealed record TransferSyntax(string Uid, string Name, bool ExplicitVr, bool BigEndian, bool Deflated, bool CompressedPixels)
{
    public static readonly TransferSyntax ImplicitVrLittleEndian = new("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false);
    public static readonly TransferSyntax ExplicitVrLittleEndian = new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false);
    public static readonly TransferSyntax DeflatedExplicitVrLittleEndian = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false);
    public static readonly TransferSyntax ExplicitVrBigEndian = new("1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, true, false, false);

    private static readonly Dictionary<string, string> CompressedNames = new()
    {
        ["1.2.840.10008.1.2.4.50"] = "JPEG Baseline (Process 1)",
        ["1.2.840.10008.1.2.4.51"] = "JPEG Extended (Process 2 & 4)",
        ["1.2.840.10008.1.2.4.57"] = "JPEG Lossless, Non-Hierarchical (Process 14)",
        ["1.2.840.10008.1.2.4.70"] = "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
        ["1.2.840.10008.1.2.4.80"] = "JPEG-LS Lossless Image Compression",
        ["1.2.840.10008.1.2.4.81"] = "JPEG-LS Lossy (Near-Lossless) Image Compression",
        ["1.2.840.10008.1.2.4.90"] = "JPEG 2000 Image Compression (Lossless Only)",
        ["1.2.840.10008.1.2.4.91"] = "JPEG 2000 Image Compression",
        ["1.2.840.10008.1.2.4.92"] = "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)",
        ["1.2.840.10008.1.2.4.93"] = "JPEG 2000 Part 2 Multi-component Image Compression",
        ["1.2.840.10008.1.2.4.100"] = "MPEG2 Main Profile / Main Level",
        ["1.2.840.10008.1.2.4.102"] = "MPEG-4 AVC/H.264 High Profile / Level 4.1",
        ["1.2.840.10008.1.2.4.201"] = "High-Throughput JPEG 2000 Image Compression (Lossless Only)",
        ["1.2.840.10008.1.2.4.203"] = "High-Throughput JPEG 2000 Image Compression",
        ["1.2.840.10008.1.2.5"] = "RLE Lossless",
    };

    /// <summary>The syntax for <paramref name="uid"/>; unknown UIDs are treated as compressed (encapsulated) syntaxes.</summary>
    public static TransferSyntax FromUid(string uid)
    {
        foreach (var ts in new[] { ImplicitVrLittleEndian, ExplicitVrLittleEndian, DeflatedExplicitVrLittleEndian, ExplicitVrBigEndian })
            if (ts.Uid == uid) return ts;
        return new TransferSyntax(uid, CompressedNames.TryGetValue(uid, out var name) ? name : "unknown transfer syntax", true, false, false, true);
    }
}
