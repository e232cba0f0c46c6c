using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Tests.Imaging;

/// <summary>
/// Malformed header fields give an <see cref="ImageFormatException"/> naming the file, the field and the value, and a
/// header claiming more voxels than the file can hold fails before anything is allocated.
/// </summary>
public class MalformedHeaderTests
{
    private static readonly string Brain1Crop = RepoPaths.Fixture("Radiomics/LoG/brain1_crop.nrrd");

    /// <summary>brain1_crop.nrrd with one header line replaced (the gzip payload kept as it is).</summary>
    private static string NrrdWith(string field, string value)
    {
        var bytes = File.ReadAllBytes(Brain1Crop);
        int headerEnd = bytes.AsSpan().IndexOf("\n\n"u8) + 2;
        var lines = Encoding.Latin1.GetString(bytes, 0, headerEnd).Split('\n');
        int line = Array.FindIndex(lines, l => l.StartsWith(field + ":", StringComparison.Ordinal));
        Assert.True(line >= 0, $"brain1_crop.nrrd has no '{field}' line");
        lines[line] = $"{field}: {value}";
        string path = TempFile.Path(".nrrd");
        File.WriteAllBytes(path, [.. Encoding.Latin1.GetBytes(string.Join('\n', lines)), .. bytes[headerEnd..]]);
        return path;
    }

    [Theory]
    [InlineData("sizes", "36\u0001x 36 8", "'sizes': '36\\x01x' is not an integer")]
    [InlineData("sizes", "36 36", "expected 3 positive integers")]
    [InlineData("sizes", "36 -36 8", "expected 3 positive integers")]
    [InlineData("dimension", "3q", "'dimension': '3q' is not an integer")]
    [InlineData("space directions", "(0.78,0,0) (0,-0.78\u00ff,0) (0,0,6.5)", "'space directions': '-0.78\\xFF' is not a finite number")]
    [InlineData("space directions", "(0.78,0,0) (0,0,0) (0,0,6.5)", "vector 2")]
    [InlineData("space directions", "(0.78,0,0) (0,-0.78,0)", "expected 3 vectors")]
    [InlineData("space directions", "(0.78,0,0) 0,-0.78,0 (0,0,6.5)", "'0,-0.78,0' is not a vector")]
    [InlineData("space origin", "(1,NaN,2)", "'space origin': 'NaN' is not a finite number")]
    [InlineData("type", "quaternion", "type 'quaternion' is not supported")]
    [InlineData("encoding", "bzip2", "encoding 'bzip2' is not supported")]
    public void A_malformed_NRRD_field_is_named_with_its_value(string field, string value, string expected)
    {
        string path = NrrdWith(field, value);
        var e = Assert.Throws<ImageFormatException>(() => ImageFile.ReadImage(path));
        Assert.Contains(path, e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_malformed_NRRD_spacings_field_is_named_with_its_value()
    {
        var bytes = File.ReadAllBytes(Brain1Crop);
        string text = Encoding.Latin1.GetString(bytes).Replace("space directions: (0.78124999999999989,0,0) (0,-0.78124999999999989,0) (0,0,6.4999999999999982)\n", "spacings: 0.78 0.78 6.5e\n");
        string path = TempFile.Path(".nrrd");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text));
        var e = Assert.Throws<ImageFormatException>(() => NrrdReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("'spacings': '6.5e' is not a finite number", e.Message);
    }

    [Theory]
    [InlineData("10000 10000 10000", "more than one volume can hold")]   // 10^12 voxels
    [InlineData("1000 1000 1000", "can inflate to at most")]              // 10^9 voxels from a 14 kB gzip stream
    public void A_NRRD_claiming_more_voxels_than_its_data_fails_before_allocating(string sizes, string expected)
    {
        string path = NrrdWith("sizes", sizes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<ImageFormatException>(() => NrrdReader.Read(path));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 << 20, "the reader allocated the claimed volume");
        Assert.Contains(path, e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_raw_NRRD_shorter_than_its_sizes_is_reported_as_truncated()
    {
        string path = TempFile.Path(".nrrd");
        File.WriteAllBytes(path, [.. "NRRD0004\ntype: short\ndimension: 3\nsizes: 4 4 4\nencoding: raw\n\n"u8, .. new byte[100]]);
        var e = Assert.Throws<ImageFormatException>(() => NrrdReader.Read(path));
        Assert.Contains("need 128 bytes, but only 100 bytes of data follow the header", e.Message);
    }

    [Fact]
    public void A_NIfTI_header_claiming_a_huge_volume_fails_before_allocating()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/int16.nii"));
        for (int d = 1; d <= 3; d++) BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(40 + 2 * d), 1000);
        string path = TempFile.Path(".nii");
        File.WriteAllBytes(path, bytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<ImageFormatException>(() => NiftiReader.Read(path));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 << 20, "the reader allocated the claimed volume");
        Assert.Contains(path, e.Message);
        Assert.Contains("(1000, 1000, 1000) of Int16 need 2000000000 bytes, but only 48 bytes of data follow the header", e.Message);
    }

    [Fact]
    public void A_gzip_NIfTI_claiming_more_than_it_can_inflate_to_fails_before_allocating()
    {
        string path = TempFile.Path(".nii.gz");
        var header = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/uint8.nii"));
        for (int d = 1; d <= 3; d++) BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(40 + 2 * d), 1000);
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal)) gzip.Write(header);
        var e = Assert.Throws<ImageFormatException>(() => NiftiReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("can inflate to at most", e.Message);
    }

    [Fact]
    public void A_corrupt_gzip_stream_is_an_image_format_error()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/int16_scaled.nii.gz"));
        bytes[2] = 7; // compression method: only 8 (deflate) exists
        string path = TempFile.Path(".nii.gz");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ImageFormatException>(() => ImageFile.ReadImage(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("gzip data is corrupt", e.Message);
    }

    [Fact]
    public void A_NIfTI_quaternion_of_NaN_is_named()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/int16.nii"));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(252), 1);            // qform_code
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(254), 0);            // sform_code
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(256), float.NaN);   // quatern_b
        string path = TempFile.Path(".nii");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ImageFormatException>(() => NiftiReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("quatern_b/c/d", e.Message);
    }

    [Fact]
    public void A_corrupt_deflated_DICOM_data_set_is_a_DICOM_format_error()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/dicom/deflated.dcm"));
        var meta = DicomFile.Read(RepoPaths.Fixture("Imaging/dicom/deflated.dcm")).Meta;
        int dataStart = 132 + 12 + (int)meta.RequireNumber(DicomTag.FileMetaInformationGroupLength);
        bytes[dataStart] = 0xFF; // a deflate block of reserved type 3
        string path = TempFile.Path(".dcm");
        File.WriteAllBytes(path, bytes);
        var e = Assert.ThrowsAny<DicomFormatException>(() => ImageFile.ReadImage(path));
        Assert.Contains(path, e.Message);
    }
}
