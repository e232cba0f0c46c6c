namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// One data element: its tag, VR and either its value bytes, its sequence items, or (for pixel data left in the file)
/// the byte offset and length of its value.
/// </summary>
public sealed class DicomElement
{
    /// <summary>Length value meaning "undefined length" (sequences and items ended by delimiters).</summary>
    public const uint UndefinedLength = 0xFFFFFFFF;

    public DicomElement(DicomTag tag, string vr, byte[] value) { Tag = tag; Vr = vr; Value = value; Length = value.Length; }

    public DicomElement(DicomTag tag, string vr, IReadOnlyList<DicomDataset> items) { Tag = tag; Vr = vr; Items = items; Value = []; }

    /// <summary>An element whose value was not loaded: it starts at <paramref name="offset"/> in the (undeflated) file.</summary>
    public DicomElement(DicomTag tag, string vr, long offset, long length) { Tag = tag; Vr = vr; Value = []; FileOffset = offset; Length = length; }

    public DicomTag Tag { get; }
    public string Vr { get; }
    public byte[] Value { get; }
    public IReadOnlyList<DicomDataset>? Items { get; }
    /// <summary>Where the unloaded value starts in the file, or −1 when the value is in <see cref="Value"/>.</summary>
    public long FileOffset { get; } = -1;
    public long Length { get; }
}
