using System.Globalization;

namespace DlRadiomics.Imaging;

/// <summary>
/// Checks, before a reader allocates a volume, that the size a header claims is a volume this library can hold and
/// that the file has the bytes for it, so a forged or corrupt header (<c>sizes: 10000 10000 10000</c>) fails at once
/// with an error naming the file instead of exhausting memory.
/// </summary>
/// <remarks>
/// For gzip-compressed data the decompressed length is not known in advance; deflate expands a stream of n bytes to
/// at most 1032·n bytes (its longest match, 258 bytes, coded in at least two bits), which bounds what the file can hold.
/// </remarks>
internal static class VoxelPayload
{
    /// <summary>The largest expansion of deflate-compressed data (zlib's "maximum compression factor" of 1032:1).</summary>
    public const long MaxDeflateExpansion = 1032;

    /// <summary>
    /// Throws <see cref="ImageFormatException"/> when a size of <paramref name="x"/> × <paramref name="y"/> ×
    /// <paramref name="z"/> has more voxels than an array can hold,
    /// or when <paramref name="storedBytes"/> bytes of data (deflated when <paramref name="deflated"/>) cannot hold
    /// them as <paramref name="type"/>. <paramref name="sizeField"/> names the header field the size came from.
    /// </summary>
    public static void EnsureFits(string path, string sizeField, long x, long y, long z, VoxelType type, long storedBytes, bool deflated)
    {
        double voxels = (double)x * y * z;
        if (voxels > Array.MaxLength)
            throw new ImageFormatException(path, Invariant($"{sizeField} ({x}, {y}, {z}) give {voxels:G4} voxels, more than one volume can hold ({Array.MaxLength}); the header is corrupt or the image must be split"));
        long needed = x * y * z * VoxelDecoder.BytesPerVoxel(type);
        long available = deflated ? storedBytes * MaxDeflateExpansion : storedBytes;
        if (needed > available)
            throw new ImageFormatException(path, deflated
                ? Invariant($"{sizeField} ({x}, {y}, {z}) of {type} need {needed} bytes, but the {storedBytes}-byte gzip data can inflate to at most {available} (corrupt header or truncated file?)")
                : Invariant($"{sizeField} ({x}, {y}, {z}) of {type} need {needed} bytes, but only {storedBytes} bytes of data follow the header (truncated file, or wrong {sizeField}?)"));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
