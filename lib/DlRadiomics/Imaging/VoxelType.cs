using System.Buffers.Binary;

namespace DlRadiomics.Imaging;

/// <summary>Stored voxel data types shared by the file readers.</summary>
public enum VoxelType { Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Float32, Float64 }

/// <summary>Decodes raw voxel bytes of any <see cref="VoxelType"/> into doubles.</summary>
public static class VoxelDecoder
{
    public static int BytesPerVoxel(VoxelType type) => type switch
    {
        VoxelType.Int8 or VoxelType.UInt8 => 1,
        VoxelType.Int16 or VoxelType.UInt16 => 2,
        VoxelType.Int32 or VoxelType.UInt32 or VoxelType.Float32 => 4,
        _ => 8,
    };

    /// <summary>Decodes target.Length voxels from <paramref name="bytes"/> into <paramref name="target"/>.</summary>
    public static void Decode(ReadOnlySpan<byte> bytes, VoxelType type, bool bigEndian, Span<double> target)
    {
        int size = BytesPerVoxel(type);
        for (int n = 0; n < target.Length; n++)
        {
            var b = bytes.Slice(n * size, size);
            target[n] = type switch
            {
                VoxelType.Int8 => (sbyte)b[0],
                VoxelType.UInt8 => b[0],
                VoxelType.Int16 => bigEndian ? BinaryPrimitives.ReadInt16BigEndian(b) : BinaryPrimitives.ReadInt16LittleEndian(b),
                VoxelType.UInt16 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b),
                VoxelType.Int32 => bigEndian ? BinaryPrimitives.ReadInt32BigEndian(b) : BinaryPrimitives.ReadInt32LittleEndian(b),
                VoxelType.UInt32 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b),
                VoxelType.Int64 => bigEndian ? BinaryPrimitives.ReadInt64BigEndian(b) : BinaryPrimitives.ReadInt64LittleEndian(b),
                VoxelType.UInt64 => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b),
                VoxelType.Float32 => bigEndian ? BinaryPrimitives.ReadSingleBigEndian(b) : BinaryPrimitives.ReadSingleLittleEndian(b),
                VoxelType.Float64 => bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(b) : BinaryPrimitives.ReadDoubleLittleEndian(b),
                _ => throw new ArgumentOutOfRangeException(nameof(type)),
            };
        }
    }
}
