using System.Buffers.Binary;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// How stored pixel values become physical values: bits allocated/stored, high bit, sign, byte order, and the
/// modality rescale. <c>value = slope · stored + intercept</c>, where <c>stored</c> is the <see cref="BitsStored"/>-bit
/// field ending at <see cref="HighBit"/>, sign-extended when <see cref="Signed"/> (pixel representation 1).
/// </summary>
public sealed record PixelEncoding(int BitsAllocated, int BitsStored, int HighBit, bool Signed, bool BigEndian, double Slope, double Intercept)
{
    public int BytesPerPixel => BitsAllocated / 8;

    /// <summary>
    /// The pixel type ITK's GDCM reader (hence SimpleITK) gives these pixels: the stored integer type without a rescale;
    /// float64 when slope or intercept is not an integer; otherwise the smallest integer type holding
    /// <c>slope · [min, max] + intercept</c> over the <see cref="BitsStored"/> range (GDCM's
    /// <c>Rescaler::ComputeInterceptSlopePixelType</c>). A range beyond 32-bit integers, which GDCM refuses, gives float64.
    /// </summary>
    public VoxelType PixelType
    {
        get
        {
            if (Slope == 1 && Intercept == 0)
                return BitsAllocated switch
                {
                    8 => Signed ? VoxelType.Int8 : VoxelType.UInt8,
                    16 => Signed ? VoxelType.Int16 : VoxelType.UInt16,
                    _ => Signed ? VoxelType.Int32 : VoxelType.UInt32,
                };
            if (Slope != Math.Truncate(Slope) || Intercept != Math.Truncate(Intercept)) return VoxelType.Float64;
            double storedMin = Signed ? -Math.Pow(2, BitsStored - 1) : 0;
            double storedMax = Signed ? Math.Pow(2, BitsStored - 1) - 1 : Math.Pow(2, BitsStored) - 1;
            double a = Slope * storedMin + Intercept, b = Slope * storedMax + Intercept;
            double min = Math.Min(a, b), max = Math.Max(a, b);
            var candidates = min >= 0
                ? new[] { VoxelType.UInt8, VoxelType.UInt16, VoxelType.UInt32 }
                : new[] { VoxelType.Int8, VoxelType.Int16, VoxelType.Int32 };
            return VoxelEncoder.SmallestHolding(min, max, candidates) ?? VoxelType.Float64;
        }
    }

    public static PixelEncoding From(DicomDataset d, string path)
    {
        int allocated = (int)d.RequireNumber(DicomTag.BitsAllocated);
        if (allocated is not (8 or 16 or 32))
            throw new DicomFormatException(path, $"BitsAllocated is {allocated}; 8, 16 and 32 are supported");
        int stored = (int)(d.GetNumber(DicomTag.BitsStored) ?? allocated);
        int high = (int)(d.GetNumber(DicomTag.HighBit) ?? stored - 1);
        if (stored < 1 || stored > allocated || high < stored - 1 || high >= allocated)
            throw new DicomFormatException(path, $"inconsistent BitsAllocated {allocated}, BitsStored {stored}, HighBit {high}");
        bool signed = (d.GetNumber(DicomTag.PixelRepresentation) ?? 0) == 1;
        return new PixelEncoding(allocated, stored, high, signed, d.Syntax.BigEndian,
            d.GetNumber(DicomTag.RescaleSlope) ?? 1, d.GetNumber(DicomTag.RescaleIntercept) ?? 0);
    }

    /// <summary>Decodes <c>target.Length</c> pixels from <paramref name="bytes"/> into physical values.</summary>
    public void Decode(ReadOnlySpan<byte> bytes, Span<double> target)
    {
        int shift = HighBit + 1 - BitsStored;
        ulong mask = BitsStored == 64 ? ulong.MaxValue : (1UL << BitsStored) - 1;
        long signBit = 1L << (BitsStored - 1);
        int size = BytesPerPixel;
        for (int n = 0; n < target.Length; n++)
        {
            var b = bytes.Slice(n * size, size);
            ulong raw = size switch
            {
                1 => b[0],
                2 => BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b),
                _ => BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b),
            };
            long value = (long)((raw >> shift) & mask);
            if (Signed && (value & signBit) != 0) value -= signBit << 1;
            target[n] = Slope * value + Intercept;
        }
    }
}
