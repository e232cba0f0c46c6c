using System.Buffers.Binary;

namespace DlRadiomics.Imaging;

/// <summary>Encodes voxel values as raw little-endian bytes of a <see cref="VoxelType"/>, the inverse of <see cref="VoxelDecoder"/>.</summary>
public static class VoxelEncoder
{
    public static bool IsInteger(VoxelType type) => type is not (VoxelType.Float32 or VoxelType.Float64);

    /// <summary>The smallest and largest value an integer type stores (±∞ for float types).</summary>
    public static (double Min, double Max) Range(VoxelType type) => type switch
    {
        VoxelType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        VoxelType.UInt8 => (0, byte.MaxValue),
        VoxelType.Int16 => (short.MinValue, short.MaxValue),
        VoxelType.UInt16 => (0, ushort.MaxValue),
        VoxelType.Int32 => (int.MinValue, int.MaxValue),
        VoxelType.UInt32 => (0, uint.MaxValue),
        VoxelType.Int64 => (long.MinValue, long.MaxValue),
        VoxelType.UInt64 => (0, ulong.MaxValue),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };

    /// <summary>True when <paramref name="value"/> is stored by <paramref name="type"/> without change (any value fits a float type, rounded for float32).</summary>
    public static bool Holds(VoxelType type, double value)
    {
        if (!IsInteger(type)) return true;
        var (min, max) = Range(type);
        return value == Math.Truncate(value) && value >= min && value <= max;
    }

    /// <summary>The first of <paramref name="candidates"/> that holds every integer in [<paramref name="min"/>, <paramref name="max"/>], or null.</summary>
    public static VoxelType? SmallestHolding(double min, double max, params VoxelType[] candidates) =>
        candidates.Cast<VoxelType?>().FirstOrDefault(t => Range(t!.Value).Min <= min && max <= Range(t.Value).Max);

    /// <summary>Writes <paramref name="value"/> into <paramref name="target"/> (its first <see cref="VoxelDecoder.BytesPerVoxel"/> bytes).</summary>
    public static void Write(Span<byte> target, VoxelType type, double value)
    {
        switch (type)
        {
            case VoxelType.Int8: target[0] = unchecked((byte)(sbyte)value); break;
            case VoxelType.UInt8: target[0] = (byte)value; break;
            case VoxelType.Int16: BinaryPrimitives.WriteInt16LittleEndian(target, (short)value); break;
            case VoxelType.UInt16: BinaryPrimitives.WriteUInt16LittleEndian(target, (ushort)value); break;
            case VoxelType.Int32: BinaryPrimitives.WriteInt32LittleEndian(target, (int)value); break;
            case VoxelType.UInt32: BinaryPrimitives.WriteUInt32LittleEndian(target, (uint)value); break;
            case VoxelType.Int64: BinaryPrimitives.WriteInt64LittleEndian(target, (long)value); break;
            case VoxelType.UInt64: BinaryPrimitives.WriteUInt64LittleEndian(target, (ulong)value); break;
            case VoxelType.Float32: BinaryPrimitives.WriteSingleLittleEndian(target, (float)value); break;
            default: BinaryPrimitives.WriteDoubleLittleEndian(target, value); break;
        }
    }
}
