using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// A float64 value written into a numpy array of an image's stored type (<c>a[...] = values</c>, numpy's unsafe cast
/// as compiled for x86-64), which is how PyRadiomics' LBP2D image takes the input image's pixel type.
/// </summary>
/// <remarks>
/// Integer types truncate toward zero. Types up to 32 bits convert through a 32-bit integer and keep its low bits
/// (so 65535 → −1 in int16); uint32 and int64 through a 64-bit integer; NaN and values outside the intermediate
/// integer's range become its minimum (the x86 "integer indefinite", so 0 for 8/16-bit types). uint64 subtracts 2⁶³
/// first from values ≥ 2⁶³. float32 rounds to nearest. Null (an image computed in memory) and float64 keep the value.
/// </remarks>
public static class StoredTypeCast
{
    public static double Apply(double value, VoxelType? type) => type switch
    {
        null or VoxelType.Float64 => value,
        VoxelType.Float32 => (float)value,
        VoxelType.Int8 => unchecked((sbyte)ToInt32(value)),
        VoxelType.UInt8 => unchecked((byte)ToInt32(value)),
        VoxelType.Int16 => unchecked((short)ToInt32(value)),
        VoxelType.UInt16 => unchecked((ushort)ToInt32(value)),
        VoxelType.Int32 => ToInt32(value),
        VoxelType.UInt32 => unchecked((uint)ToInt64(value)),
        VoxelType.Int64 => ToInt64(value),
        VoxelType.UInt64 => ToUInt64(value),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static int ToInt32(double v) => v > -2147483649.0 && v < 2147483648.0 ? (int)v : int.MinValue;

    private static long ToInt64(double v) => v >= -9223372036854775808.0 && v < 9223372036854775808.0 ? (long)v : long.MinValue;

    private static ulong ToUInt64(double v) => !(v >= 9223372036854775808.0)
        ? unchecked((ulong)ToInt64(v))
        : unchecked((ulong)ToInt64(v - 9223372036854775808.0)) ^ (1UL << 63);
}
