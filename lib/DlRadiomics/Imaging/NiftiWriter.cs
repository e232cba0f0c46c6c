using System.IO.Compression;

namespace DlRadiomics.Imaging;

/// <summary>
/// Writes images (in their <see cref="VoxelImage.StoredType"/>, float64 when they have none) and label masks (int16, or int32 when a label does not fit) as single-file NIfTI
/// (<c>.nii</c>, or gzip-compressed when the name ends in <c>.gz</c>). Both the sform and the qform are set with code
/// <c>SCANNER_ANAT</c>, as ITK writes them, so ITK, nibabel, FSL and ITK-SNAP agree on where the voxels are.
/// </summary>
/// <remarks>
/// NIfTI-1 stores spacing, origin and directions as 32-bit floats (about 7 significant digits, as ITK writes them);
/// <see cref="NiftiVersion.Nifti2"/> keeps doubles. The file is written beside the target under a temporary name and
/// renamed when complete, so an interrupted write never leaves a truncated image that looks whole.
/// </remarks>
public static class NiftiWriter
{
    /// <summary>
    /// Writes <paramref name="image"/> with its stored voxel type (an image read from an int16 file is written as
    /// int16, as ITK does), or float64 when it has none; float32 rounds the values.
    /// </summary>
    /// <exception cref="ImageFormatException">A voxel value is not an integer in the range of an integer stored type.</exception>
    public static void Write(VoxelImage image, string path, NiftiVersion version = NiftiVersion.Nifti1)
    {
        var type = image.StoredType ?? VoxelType.Float64;
        var voxels = image.Voxels;
        if (VoxelEncoder.IsInteger(type))
            for (int n = 0; n < voxels.Length; n++)
                if (!VoxelEncoder.Holds(type, voxels[n]))
                {
                    var size3 = image.Geometry.Size;
                    long i = n % size3.X, j = n / size3.X % size3.Y, k = n / ((long)size3.X * size3.Y);
                    throw new ImageFormatException(path, $"voxel ({i}, {j}, {k}) holds {voxels[n]}, which the image's stored type {type} cannot represent; " +
                        "write a copy without StoredType (float64) or round and clip the values first");
                }
        int size = VoxelDecoder.BytesPerVoxel(type);
        WriteFile(image.Geometry, type, path, version, (span, start) =>
        {
            for (int n = 0; n < span.Length / size; n++) VoxelEncoder.Write(span[(size * n)..], type, voxels[start + n]);
        });
    }

    public static void Write(LabelMask mask, string path, NiftiVersion version = NiftiVersion.Nifti1)
    {
        var labels = mask.Labels;
        var type = labels.All(l => l is >= short.MinValue and <= short.MaxValue) ? VoxelType.Int16 : VoxelType.Int32;
        int size = VoxelDecoder.BytesPerVoxel(type);
        WriteFile(mask.Geometry, type, path, version, (span, start) =>
        {
            for (int n = 0; n < span.Length / size; n++) VoxelEncoder.Write(span[(size * n)..], type, labels[start + n]);
        });
    }

    private delegate void ChunkEncoder(Span<byte> target, int firstVoxel);

    private static void WriteFile(ImageGeometry g, VoxelType type, string path, NiftiVersion version, ChunkEncoder encode)
    {
        if (version == NiftiVersion.Nifti1 && (g.Size.X > short.MaxValue || g.Size.Y > short.MaxValue || g.Size.Z > short.MaxValue))
            throw new ImageFormatException(path, $"size {g.Size} exceeds NIfTI-1's limit of 32767 voxels per axis; write NIfTI-2 instead");
        var (srow, b, c, d, qfac, offset) = NiftiOrientation.ToHeaderFields(g);
        int headerSize = version == NiftiVersion.Nifti1 ? NiftiHeader.Nifti1HeaderSize : NiftiHeader.Nifti2HeaderSize;
        var header = new NiftiHeader
        {
            Version = version,
            BigEndian = false,
            Dim = [3, g.Size.X, g.Size.Y, g.Size.Z, 1, 1, 1, 1],
            DataTypeCode = NiftiHeader.CodeOf(type),
            PixDim = [qfac, g.Spacing.X, g.Spacing.Y, g.Spacing.Z, 0, 0, 0, 0],
            VoxOffset = headerSize + 4,
            SclSlope = 1,
            SclInter = 0,
            XyztUnits = 2 | 8, // millimetres, seconds
            QformCode = NiftiHeader.XformScannerAnat,
            SformCode = NiftiHeader.XformScannerAnat,
            QuaternB = b,
            QuaternC = c,
            QuaternD = d,
            QOffset = offset,
            Srow = srow,
        };

        string full = Path.GetFullPath(path);
        string partial = full + ".partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (Stream output = full.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Fastest) : file)
            {
                output.Write(header.ToBytes());
                int bytesPerVoxel = VoxelDecoder.BytesPerVoxel(type);
                var buffer = new byte[(1 << 20) / bytesPerVoxel * bytesPerVoxel];
                int perChunk = buffer.Length / bytesPerVoxel;
                long count = g.VoxelCount;
                for (long start = 0; start < count; start += perChunk)
                {
                    int n = (int)Math.Min(perChunk, count - start);
                    encode(buffer.AsSpan(0, n * bytesPerVoxel), (int)start);
                    output.Write(buffer, 0, n * bytesPerVoxel);
                }
            }
            File.Move(partial, full, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
