using System.IO.Compression;
using DlRadiomics.Numerics;

namespace DlRadiomics.Imaging;

/// <summary>
/// Reads single-file NIfTI-1 and NIfTI-2 volumes (<c>.nii</c>, <c>.nii.gz</c>), as saved by ITK-SNAP, 3D Slicer,
/// dcm2niix and nibabel, into our LPS geometry exactly as ITK/SimpleITK read them (see <see cref="NiftiOrientation"/>).
/// </summary>
/// <remarks>
/// Data types: uint8, int8, int16, uint16, int32, uint32, int64, uint64, float32, float64, either byte order.
/// Scaling as ITK: a slope that is 0 or not finite means no scaling; otherwise v = slope·stored + inter, and for
/// integer and float32 data the result is rounded to single precision, because ITK promotes such images to float
/// before rescaling (so PyRadiomics sees those exact values). A 4-D file is accepted when its extra dimensions have
/// size 1.
/// </remarks>
public static class NiftiReader
{
    /// <summary>C's DBL_EPSILON, ITK's threshold for "no rescaling".</summary>

    /// <summary>
    /// Reads the image; its <see cref="VoxelImage.StoredType"/> is the file's datatype, or float32 when integer data is
    /// rescaled (ITK's promotion; float64 data stays float64).
    /// </summary>
    public static VoxelImage Read(string path)
    {
        var voxels = Array.Empty<double>();
        var (geometry, type) = ReadVoxels(path, count => voxels = VoxelBuffers.Voxels(count), (_, _) => { });
        return new VoxelImage(geometry, voxels) { StoredType = type };
    }

    /// <summary>Reads the file as a segmentation, rounding (scaled) values to integer labels; NaN becomes 0.</summary>
    public static LabelMask ReadMask(string path)
    {
        var labels = Array.Empty<int>();
        var (geometry, _) = ReadVoxels(path, count => { labels = VoxelBuffers.Labels(count); return null; }, (start, chunk) => LabelMask.RoundToLabels(chunk, labels.AsSpan((int)start)));
        return new LabelMask(geometry, labels);
    }

    /// <summary>Reads only the header (for inspection and tests).</summary>
    public static NiftiHeader ReadHeader(string path) => Inflating(path, () =>
    {
        using var stream = Open(path, out _);
        return NiftiHeader.Read(stream, path);
    });

    /// <summary>
    /// Reads the voxels chunk by chunk, decoded straight into the array <paramref name="allocate"/> returns for the voxel
    /// count, or into a chunk buffer when it returns null; returns the geometry and the pixel type ITK reports for the file.
    /// </summary>
    private static (ImageGeometry Geometry, VoxelType PixelType) ReadVoxels(string path, Func<long, double[]?> allocate, VoxelDecoder.ChunkConsumer consume) => Inflating(path, () =>
    {
        using var stream = Open(path, out bool gzip);
        var header = NiftiHeader.Read(stream, path);
        var type = header.VoxelType
            ?? throw new ImageFormatException(path, $"NIfTI datatype code {header.DataTypeCode} is not a supported scalar type (uint8, int8, int16, uint16, int32, uint32, int64, uint64, float32, float64)");
        var size = Size(header, path);
        var geometry = NiftiOrientation.Geometry(header, size, path);
        if (!IsFinite(geometry))
            throw new ImageFormatException(path, $"the NIfTI orientation fields (quatern_b/c/d, qoffset_x/y/z, srow_x/y/z) give a non-finite geometry: {geometry}");

        long headerEnd = (header.Version == NiftiVersion.Nifti1 ? NiftiHeader.Nifti1HeaderSize : NiftiHeader.Nifti2HeaderSize);
        long skip = Math.Max(header.VoxOffset, headerEnd + 4) - headerEnd;
        Skip(stream, skip, path);
        long fileBytes = new FileInfo(path).Length;
        VoxelPayload.EnsureFits(path, "NIfTI dim[1..3]", size.X, size.Y, size.Z, type, gzip ? fileBytes : fileBytes - headerEnd - skip, gzip);

        var rescale = Rescale(header.SclSlope, header.SclInter, type);
        var target = allocate(size.Count);
        VoxelDecoder.ReadChunks(stream, type, header.BigEndian, size.Count, path, target, rescale is null ? consume : (start, chunk) =>
        {
            for (int n = 0; n < chunk.Length; n++) chunk[n] = rescale(chunk[n]);
            consume(start, chunk);
        });
        return (geometry, rescale is null || type == VoxelType.Float64 ? type : VoxelType.Float32);
    });

    private static Stream Open(string path, out bool gzip)
    {
        if (!File.Exists(path)) throw new ImageFormatException(path, "no such file");
        var file = File.OpenRead(path);
        int b0 = file.ReadByte(), b1 = file.ReadByte();
        file.Position = 0;
        gzip = b0 == 0x1f && b1 == 0x8b;
        return gzip ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16) : file;
    }

    /// <summary>Runs <paramref name="read"/>, turning a corrupt gzip stream into an error naming the file.</summary>
    private static T Inflating<T>(string path, Func<T> read)
    {
        try { return read(); }
        catch (InvalidDataException e) { throw new ImageFormatException(path, $"the gzip data is corrupt ({e.Message})", e); }
    }

    private static bool IsFinite(ImageGeometry g) =>
        double.IsFinite(g.Origin.X + g.Origin.Y + g.Origin.Z) && g.Direction.ToRowMajorArray().All(double.IsFinite);

    private static Size3 Size(NiftiHeader h, string path)
    {
        long ndim = h.Dim[0];
        if (ndim is < 1 or > 7) throw new ImageFormatException(path, $"NIfTI dim[0] = {ndim} is not between 1 and 7");
        for (long d = 4; d <= ndim; d++)
            if (h.Dim[d] > 1)
                throw new ImageFormatException(path, $"this is a {ndim}-D NIfTI image (dim[{d}] = {h.Dim[d]}); only 2-D and 3-D scalar volumes are supported — extract one volume first");
        long X = h.Dim[1], Y = ndim > 1 ? h.Dim[2] : 1, Z = ndim > 2 ? h.Dim[3] : 1;
        if (X < 1 || Y < 1 || Z < 1 || X > int.MaxValue || Y > int.MaxValue || Z > int.MaxValue || (double)X * Y * Z > Array.MaxLength)
            throw new ImageFormatException(path, $"NIfTI size ({X}, {Y}, {Z}) is not a valid volume size");
        return new Size3((int)X, (int)Y, (int)Z);
    }

    private static void Skip(Stream stream, long count, string path)
    {
        var scratch = new byte[4096];
        while (count > 0)
        {
            int n = stream.Read(scratch, 0, (int)Math.Min(scratch.Length, count));
            if (n == 0) throw new ImageFormatException(path, "file ends before the voxel data offset (truncated file?)");
            count -= n;
        }
    }

    private static Func<double, double>? Rescale(double slope, double inter, VoxelType type)
    {
        if (!double.IsFinite(slope) || Math.Abs(slope) < Precision.MachineEpsilon) return null;
        if (!double.IsFinite(inter)) inter = 0;
        if (Math.Abs(slope - 1) <= Precision.MachineEpsilon && Math.Abs(inter) <= Precision.MachineEpsilon) return null;
        if (type == VoxelType.Float64) return v => v * slope + inter;
        return v => (float)((float)v * slope + inter);
    }
}
