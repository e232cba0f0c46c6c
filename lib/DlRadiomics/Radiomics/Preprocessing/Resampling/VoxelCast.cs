using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Preprocessing.Resampling;

/// <summary>
/// Conversion of interpolated values to a stored voxel type as ITK's resampler does it: integer types are clamped to
/// their range and truncated towards zero, single precision is rounded to float, double is kept.
/// </summary>
internal static class VoxelCast
{
    public static Func<double, double> To(VoxelType? type) => type switch
    {
        null or VoxelType.Float64 => v => v,
        VoxelType.Float32 => v => (float)v,
        VoxelType.Int8 => v => Integer(v, sbyte.MinValue, sbyte.MaxValue),
        VoxelType.UInt8 => v => Integer(v, byte.MinValue, byte.MaxValue),
        VoxelType.Int16 => v => Integer(v, short.MinValue, short.MaxValue),
        VoxelType.UInt16 => v => Integer(v, ushort.MinValue, ushort.MaxValue),
        VoxelType.Int32 => v => Integer(v, int.MinValue, int.MaxValue),
        VoxelType.UInt32 => v => Integer(v, uint.MinValue, uint.MaxValue),
        VoxelType.Int64 => v => Integer(v, long.MinValue, long.MaxValue),
        VoxelType.UInt64 => v => Integer(v, ulong.MinValue, ulong.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static double Integer(double value, double min, double max) =>
        value < min ? min : value > max ? max : Math.Truncate(value);
}
