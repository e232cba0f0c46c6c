using System.Buffers.Binary;
using System.Text;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>Writes data elements in explicit VR little endian, padding values to even length as PS3.5 §7.1 requires.</summary>
internal sealed class DicomElementWriter(Stream output)
{
    private static readonly HashSet<string> LongLengthVrs = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"];

    public void String(DicomTag tag, string vr, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        if (bytes.Length % 2 == 1) bytes = [.. bytes, vr == "UI" ? (byte)0 : (byte)' '];
        Raw(tag, vr, bytes);
    }

    public void UInt16(DicomTag tag, ushort value)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        Raw(tag, "US", b);
    }

    public void UInt32(DicomTag tag, uint value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        Raw(tag, "UL", b);
    }

    public void Raw(DicomTag tag, string vr, ReadOnlySpan<byte> value)
    {
        Header(tag, vr, (uint)value.Length);
        output.Write(value);
    }

    public void Header(DicomTag tag, string vr, uint length)
    {
        Span<byte> h = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(h, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(h[2..], tag.Element);
        h[4] = (byte)vr[0];
        h[5] = (byte)vr[1];
        if (LongLengthVrs.Contains(vr))
        {
            h[6] = h[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(h[8..], length);
            output.Write(h);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], checked((ushort)length));
            output.Write(h[..8]);
        }
    }
}
