using System.Buffers.Binary;
using System.Text;

namespace DlRadiomics.Imaging;

/// <summary>NIfTI file version: NIfTI-1 (348-byte header, float fields) or NIfTI-2 (540 bytes, double/int64 fields).</summary>
public enum NiftiVersion { Nifti1 = 1, Nifti2 = 2 }

/// <summary>
/// The fields of a NIfTI-1 or NIfTI-2 header that locate and decode a scalar volume. Values are held as doubles;
/// <see cref="SinglePrecision"/> records that the file stored them as 32-bit floats (NIfTI-1), which matters for
/// reproducing ITK's geometry exactly.
/// </summary>
public sealed record NiftiHeader
{
    public const int Nifti1HeaderSize = 348;
    public const int Nifti2HeaderSize = 540;

    /// <summary><c>NIFTI_XFORM_UNKNOWN</c> and <c>NIFTI_XFORM_SCANNER_ANAT</c>, the transform codes used here.</summary>
    public const int XformUnknown = 0, XformScannerAnat = 1;

    public required NiftiVersion Version { get; init; }
    public required bool BigEndian { get; init; }
    /// <summary><c>dim[0..7]</c>: number of dimensions, then the size along each.</summary>
    public required long[] Dim { get; init; }
    public required short DataTypeCode { get; init; }
    /// <summary><c>pixdim[0..7]</c>; <c>pixdim[0]</c> is qfac (±1).</summary>
    public required double[] PixDim { get; init; }
    public required long VoxOffset { get; init; }
    public required double SclSlope { get; init; }
    public required double SclInter { get; init; }
    public required int XyztUnits { get; init; }
    public required int QformCode { get; init; }
    public required int SformCode { get; init; }
    public required double QuaternB { get; init; }
    public required double QuaternC { get; init; }
    public required double QuaternD { get; init; }
    public required Vec3 QOffset { get; init; }
    /// <summary>Rows <c>srow_x</c>, <c>srow_y</c>, <c>srow_z</c> of the sform affine, row-major 3×4.</summary>
    public required double[] Srow { get; init; }

    public bool SinglePrecision => Version == NiftiVersion.Nifti1;

    /// <summary>The stored voxel type for <see cref="DataTypeCode"/>, or null when it is not a supported scalar type.</summary>
    public VoxelType? VoxelType => DataTypeCode switch
    {
        2 => Imaging.VoxelType.UInt8,
        4 => Imaging.VoxelType.Int16,
        8 => Imaging.VoxelType.Int32,
        16 => Imaging.VoxelType.Float32,
        64 => Imaging.VoxelType.Float64,
        256 => Imaging.VoxelType.Int8,
        512 => Imaging.VoxelType.UInt16,
        768 => Imaging.VoxelType.UInt32,
        1024 => Imaging.VoxelType.Int64,
        1280 => Imaging.VoxelType.UInt64,
        _ => null,
    };

    public static short CodeOf(VoxelType type) => type switch
    {
        Imaging.VoxelType.UInt8 => 2,
        Imaging.VoxelType.Int16 => 4,
        Imaging.VoxelType.Int32 => 8,
        Imaging.VoxelType.Float32 => 16,
        Imaging.VoxelType.Float64 => 64,
        Imaging.VoxelType.Int8 => 256,
        Imaging.VoxelType.UInt16 => 512,
        Imaging.VoxelType.UInt32 => 768,
        Imaging.VoxelType.Int64 => 1024,
        _ => 1280,
    };

    /// <summary>Reads the header at the current position of <paramref name="stream"/> (which is left just after it).</summary>
    public static NiftiHeader Read(Stream stream, string path)
    {
        var first = new byte[4];
        if (stream.ReadAtLeast(first, 4, throwOnEndOfStream: false) < 4)
            throw new ImageFormatException(path, "file is too short to hold a NIfTI header");
        int le = BinaryPrimitives.ReadInt32LittleEndian(first), be = BinaryPrimitives.ReadInt32BigEndian(first);
        bool bigEndian = be is Nifti1HeaderSize or Nifti2HeaderSize;
        int size = bigEndian ? be : le;
        if (size is not (Nifti1HeaderSize or Nifti2HeaderSize))
            throw new ImageFormatException(path, $"not a NIfTI file (header size field is {le}, expected 348 for NIfTI-1 or 540 for NIfTI-2)");
        var h = new byte[size];
        first.CopyTo(h, 0);
        if (stream.ReadAtLeast(h.AsSpan(4), size - 4, throwOnEndOfStream: false) < size - 4)
            throw new ImageFormatException(path, $"file ends inside the {size}-byte NIfTI header (truncated file?)");
        var r = new FieldReader(h, bigEndian);
        return size == Nifti1HeaderSize ? ReadNifti1(r, path) : ReadNifti2(r, path);
    }

    private static NiftiHeader ReadNifti1(FieldReader r, string path)
    {
        string magic = Encoding.ASCII.GetString(r.Bytes, 344, 3);
        if (magic is not ("n+1" or "ni1"))
            throw new ImageFormatException(path, $"NIfTI-1 magic is '{magic}', expected 'n+1' (Analyze 7.5 files are not supported)");
        if (magic == "ni1")
            throw new ImageFormatException(path, "this is the header of a two-file NIfTI pair (.hdr/.img); convert it to a single .nii file");
        return new NiftiHeader
        {
            Version = NiftiVersion.Nifti1,
            BigEndian = r.BigEndian,
            Dim = Enumerable.Range(0, 8).Select(n => (long)r.Int16(40 + 2 * n)).ToArray(),
            DataTypeCode = r.Int16(70),
            PixDim = Enumerable.Range(0, 8).Select(n => (double)r.Single(76 + 4 * n)).ToArray(),
            VoxOffset = (long)r.Single(108),
            SclSlope = r.Single(112),
            SclInter = r.Single(116),
            XyztUnits = r.Bytes[123],
            QformCode = r.Int16(252),
            SformCode = r.Int16(254),
            QuaternB = r.Single(256),
            QuaternC = r.Single(260),
            QuaternD = r.Single(264),
            QOffset = new Vec3(r.Single(268), r.Single(272), r.Single(276)),
            Srow = Enumerable.Range(0, 12).Select(n => (double)r.Single(280 + 4 * n)).ToArray(),
        };
    }

    private static NiftiHeader ReadNifti2(FieldReader r, string path)
    {
        string magic = Encoding.ASCII.GetString(r.Bytes, 4, 3);
        if (magic != "n+2")
            throw new ImageFormatException(path, magic == "ni2"
                ? "this is the header of a two-file NIfTI-2 pair (.hdr/.img); convert it to a single .nii file"
                : $"NIfTI-2 magic is '{magic}', expected 'n+2'");
        return new NiftiHeader
        {
            Version = NiftiVersion.Nifti2,
            BigEndian = r.BigEndian,
            Dim = Enumerable.Range(0, 8).Select(n => r.Int64(16 + 8 * n)).ToArray(),
            DataTypeCode = r.Int16(12),
            PixDim = Enumerable.Range(0, 8).Select(n => r.Double(104 + 8 * n)).ToArray(),
            VoxOffset = r.Int64(168),
            SclSlope = r.Double(176),
            SclInter = r.Double(184),
            XyztUnits = r.Int32(500),
            QformCode = r.Int32(344),
            SformCode = r.Int32(348),
            QuaternB = r.Double(352),
            QuaternC = r.Double(360),
            QuaternD = r.Double(368),
            QOffset = new Vec3(r.Double(376), r.Double(384), r.Double(392)),
            Srow = Enumerable.Range(0, 12).Select(n => r.Double(400 + 8 * n)).ToArray(),
        };
    }

    /// <summary>Serialises the header (little endian) followed by the four-byte "no extensions" flag.</summary>
    public byte[] ToBytes()
    {
        bool v1 = Version == NiftiVersion.Nifti1;
        int headerSize = v1 ? Nifti1HeaderSize : Nifti2HeaderSize;
        var b = new byte[headerSize + 4];
        var s = b.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(s, headerSize);
        var type = VoxelType ?? throw new InvalidOperationException($"datatype {DataTypeCode} cannot be written");
        short bitpix = (short)(8 * VoxelDecoder.BytesPerVoxel(type));
        if (v1)
        {
            b[38] = (byte)'r';
            for (int n = 0; n < 8; n++) BinaryPrimitives.WriteInt16LittleEndian(s[(40 + 2 * n)..], checked((short)Dim[n]));
            BinaryPrimitives.WriteInt16LittleEndian(s[70..], DataTypeCode);
            BinaryPrimitives.WriteInt16LittleEndian(s[72..], bitpix);
            for (int n = 0; n < 8; n++) BinaryPrimitives.WriteSingleLittleEndian(s[(76 + 4 * n)..], (float)PixDim[n]);
            BinaryPrimitives.WriteSingleLittleEndian(s[108..], VoxOffset);
            BinaryPrimitives.WriteSingleLittleEndian(s[112..], (float)SclSlope);
            BinaryPrimitives.WriteSingleLittleEndian(s[116..], (float)SclInter);
            b[123] = (byte)XyztUnits;
            BinaryPrimitives.WriteInt16LittleEndian(s[252..], (short)QformCode);
            BinaryPrimitives.WriteInt16LittleEndian(s[254..], (short)SformCode);
            BinaryPrimitives.WriteSingleLittleEndian(s[256..], (float)QuaternB);
            BinaryPrimitives.WriteSingleLittleEndian(s[260..], (float)QuaternC);
            BinaryPrimitives.WriteSingleLittleEndian(s[264..], (float)QuaternD);
            BinaryPrimitives.WriteSingleLittleEndian(s[268..], (float)QOffset.X);
            BinaryPrimitives.WriteSingleLittleEndian(s[272..], (float)QOffset.Y);
            BinaryPrimitives.WriteSingleLittleEndian(s[276..], (float)QOffset.Z);
            for (int n = 0; n < 12; n++) BinaryPrimitives.WriteSingleLittleEndian(s[(280 + 4 * n)..], (float)Srow[n]);
            Encoding.ASCII.GetBytes("n+1\0").CopyTo(b, 344);
        }
        else
        {
            Encoding.ASCII.GetBytes("n+2\0\r\n\u001a\n").CopyTo(b, 4);
            BinaryPrimitives.WriteInt16LittleEndian(s[12..], DataTypeCode);
            BinaryPrimitives.WriteInt16LittleEndian(s[14..], bitpix);
            for (int n = 0; n < 8; n++) BinaryPrimitives.WriteInt64LittleEndian(s[(16 + 8 * n)..], Dim[n]);
            for (int n = 0; n < 8; n++) BinaryPrimitives.WriteDoubleLittleEndian(s[(104 + 8 * n)..], PixDim[n]);
            BinaryPrimitives.WriteInt64LittleEndian(s[168..], VoxOffset);
            BinaryPrimitives.WriteDoubleLittleEndian(s[176..], SclSlope);
            BinaryPrimitives.WriteDoubleLittleEndian(s[184..], SclInter);
            BinaryPrimitives.WriteInt32LittleEndian(s[344..], QformCode);
            BinaryPrimitives.WriteInt32LittleEndian(s[348..], SformCode);
            BinaryPrimitives.WriteDoubleLittleEndian(s[352..], QuaternB);
            BinaryPrimitives.WriteDoubleLittleEndian(s[360..], QuaternC);
            BinaryPrimitives.WriteDoubleLittleEndian(s[368..], QuaternD);
            BinaryPrimitives.WriteDoubleLittleEndian(s[376..], QOffset.X);
            BinaryPrimitives.WriteDoubleLittleEndian(s[384..], QOffset.Y);
            BinaryPrimitives.WriteDoubleLittleEndian(s[392..], QOffset.Z);
            for (int n = 0; n < 12; n++) BinaryPrimitives.WriteDoubleLittleEndian(s[(400 + 8 * n)..], Srow[n]);
            BinaryPrimitives.WriteInt32LittleEndian(s[500..], XyztUnits);
        }
        return b;
    }

    private readonly record struct FieldReader(byte[] Bytes, bool BigEndian)
    {
        public short Int16(int at) => BigEndian ? BinaryPrimitives.ReadInt16BigEndian(Bytes.AsSpan(at)) : BinaryPrimitives.ReadInt16LittleEndian(Bytes.AsSpan(at));
        public int Int32(int at) => BigEndian ? BinaryPrimitives.ReadInt32BigEndian(Bytes.AsSpan(at)) : BinaryPrimitives.ReadInt32LittleEndian(Bytes.AsSpan(at));
        public long Int64(int at) => BigEndian ? BinaryPrimitives.ReadInt64BigEndian(Bytes.AsSpan(at)) : BinaryPrimitives.ReadInt64LittleEndian(Bytes.AsSpan(at));
        public float Single(int at) => BigEndian ? BinaryPrimitives.ReadSingleBigEndian(Bytes.AsSpan(at)) : BinaryPrimitives.ReadSingleLittleEndian(Bytes.AsSpan(at));
        public double Double(int at) => BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(Bytes.AsSpan(at)) : BinaryPrimitives.ReadDoubleLittleEndian(Bytes.AsSpan(at));
    }
}
