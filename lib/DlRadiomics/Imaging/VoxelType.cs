using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace DlRadiomics.Imaging;

/// <summary>Stored voxel data types shared by the file readers.</summary>
public enum VoxelType { Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Float32, Float64 }

/// <summary>Decodes raw voxel bytes of any <see cref="VoxelType"/> into doubles.</summary>
public static class VoxelDecoder
{
    /// <summary>Bytes read from a stream per chunk when decoding, so a large volume never needs a second full copy.</summary>
    private const int ChunkBytes = 1 << 20;

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
        if (bigEndian == BitConverter.IsLittleEndian)
        {
            DecodeSwapped(bytes, type, bigEndian, target);
            return;
        }
        bytes = bytes[..(target.Length * BytesPerVoxel(type))];
        switch (type)
        {
            case VoxelType.Int8: Widen(MemoryMarshal.Cast<byte, sbyte>(bytes), target); break;
            case VoxelType.UInt8: Widen(bytes, target); break;
            case VoxelType.Int16: Widen(MemoryMarshal.Cast<byte, short>(bytes), target); break;
            case VoxelType.UInt16: Widen(MemoryMarshal.Cast<byte, ushort>(bytes), target); break;
            case VoxelType.Int32: Widen(MemoryMarshal.Cast<byte, int>(bytes), target); break;
            case VoxelType.UInt32: Widen(MemoryMarshal.Cast<byte, uint>(bytes), target); break;
            case VoxelType.Int64: Widen(MemoryMarshal.Cast<byte, long>(bytes), target); break;
            case VoxelType.UInt64: Widen(MemoryMarshal.Cast<byte, ulong>(bytes), target); break;
            case VoxelType.Float32: Widen(MemoryMarshal.Cast<byte, float>(bytes), target); break;
            case VoxelType.Float64: MemoryMarshal.Cast<byte, double>(bytes).CopyTo(target); break;
            default: throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    /// <summary>One loop per stored type (the per-voxel type switch of a general loop costs more than the conversion).</summary>
    private static void Widen<T>(ReadOnlySpan<T> source, Span<double> target) where T : unmanaged, INumberBase<T>
    {
        for (int n = 0; n < target.Length; n++) target[n] = double.CreateTruncating(source[n]);
    }

    private static void DecodeSwapped(ReadOnlySpan<byte> bytes, VoxelType type, bool bigEndian, Span<double> target)
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

    /// <summary>
    /// Reads <c>target.Length</c> voxels from <paramref name="stream"/> and decodes them into
    /// <paramref name="target"/>; throws <see cref="ImageFormatException"/> naming <paramref name="path"/> when the
    /// data ends early.
    /// </summary>
    public static void ReadInto(Stream stream, VoxelType type, bool bigEndian, double[] target, string path) =>
        ReadChunks(stream, type, bigEndian, target.LongLength, path, target, (_, _) => { });

    /// <summary>
    /// Reads <paramref name="count"/> voxels in chunks of about a megabyte, handing each decoded chunk and the index of
    /// its first voxel to <paramref name="consume"/>, so a large volume never needs a second full-size buffer.
    /// </summary>
    public static void ReadChunks(Stream stream, VoxelType type, bool bigEndian, long count, string path, ChunkConsumer consume) =>
        ReadChunks(stream, type, bigEndian, count, path, target: null, consume);

    /// <summary>
    /// Decodes into <paramref name="target"/> when given (the consumer then sees slices of it), otherwise into a
    /// chunk-sized buffer. The scratch buffers are pooled: parallel cases would otherwise each allocate and clear
    /// large-object-heap arrays, which only a full collection frees.
    /// </summary>
    internal static void ReadChunks(Stream stream, VoxelType type, bool bigEndian, long count, string path, double[]? target, ChunkConsumer consume)
    {
        int size = BytesPerVoxel(type);
        int chunkVoxels = (int)Math.Min(ChunkBytes / size, Math.Max(1, count));
        var buffer = ArrayPool<byte>.Shared.Rent(chunkVoxels * size);
        var values = target is null ? ArrayPool<double>.Shared.Rent(chunkVoxels) : null;
        try
        {
            for (long done = 0; done < count;)
            {
                int n = (int)Math.Min(chunkVoxels, count - done);
                int bytes = n * size;
                int read = stream.ReadAtLeast(buffer.AsSpan(0, bytes), bytes, throwOnEndOfStream: false);
                if (read < bytes)
                    throw new ImageFormatException(path, $"voxel data ends after {done * size + read} of {count * size} bytes (truncated file?)");
                var chunk = values is null ? target.AsSpan((int)done, n) : values.AsSpan(0, n);
                Decode(buffer.AsSpan(0, bytes), type, bigEndian, chunk);
                consume(done, chunk);
                done += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (values is not null) ArrayPool<double>.Shared.Return(values);
        }
    }

    /// <summary>Receives one decoded chunk; <paramref name="start"/> is the linear index of its first voxel.</summary>
    public delegate void ChunkConsumer(long start, Span<double> chunk);
}
