using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Tests.Imaging;

public class DicomFileTests
{
    public static IEnumerable<object[]> Uncompressed => DicomGolden.Files(decodable: true);
    public static IEnumerable<object[]> Compressed => DicomGolden.Files(decodable: false);

    private static string Fixture(string name) => RepoPaths.Fixture("Imaging/dicom/" + name);

    [Theory]
    [MemberData(nameof(Uncompressed))]
    public void Every_uncompressed_encoding_reads_as_pydicom_reads_it(string name)
    {
        var golden = DicomGolden.File(name);
        var image = ImageFile.ReadImage(Fixture(name));
        Assert.Equal(golden.Doubles("values_i_fastest"), image.Voxels);
        Assert.Equal(new Size3(golden.GetProperty("columns").GetInt32(), golden.GetProperty("rows").GetInt32(), 1), image.Size);
        var position = golden.Doubles("position");
        Assert.Equal(new Vec3(position[0], position[1], position[2]), image.Geometry.Origin);
        var iop = golden.Doubles("orientation");
        Assert.Equal(0, new Vec3(iop[0], iop[1], iop[2]).MaxAbsDifference(image.Geometry.Direction.Axis(0)), 1e-7); // file values have 8 decimals; the reader normalises
        Assert.Equal(0, new Vec3(iop[3], iop[4], iop[5]).MaxAbsDifference(image.Geometry.Direction.Axis(1)), 1e-7);
        var spacing = golden.Doubles("pixel_spacing");
        Assert.Equal((spacing[1], spacing[0]), (image.Geometry.Spacing.X, image.Geometry.Spacing.Y));
    }

    [Theory]
    [MemberData(nameof(Uncompressed))]
    public void Sequences_of_any_length_encoding_are_parsed_even_for_tags_outside_the_dictionary(string name)
    {
        var golden = DicomGolden.File(name);
        var file = DicomFile.Read(Fixture(name));
        var request = file.Dataset.GetSequence(new DicomTag(0x0040, 0x0275));
        Assert.Single(request);
        Assert.Equal(golden.GetProperty("request_id").GetString(), request[0].GetString(new DicomTag(0x0040, 0x1001)));
        var deidentification = file.Dataset.GetSequence(new DicomTag(0x0012, 0x0064));
        Assert.Equal("113100", Assert.Single(deidentification).GetString(new DicomTag(0x0008, 0x0100)));
    }

    [Fact]
    public void The_transfer_syntax_of_each_re_encoding_is_recognised()
    {
        Assert.Equal(TransferSyntax.ImplicitVrLittleEndian, DicomFile.Read(Fixture("implicit_le.dcm")).TransferSyntax);
        Assert.Equal(TransferSyntax.ExplicitVrBigEndian, DicomFile.Read(Fixture("explicit_be.dcm")).TransferSyntax);
        Assert.Equal(TransferSyntax.DeflatedExplicitVrLittleEndian, DicomFile.Read(Fixture("deflated.dcm")).TransferSyntax);
        Assert.Equal(TransferSyntax.ImplicitVrLittleEndian, DicomFile.Read(Fixture("dataset_only_implicit.dcm")).TransferSyntax);
    }

    [Theory]
    [MemberData(nameof(Compressed))]
    public void Compressed_pixel_data_is_refused_naming_the_transfer_syntax(string name)
    {
        string uid = DicomGolden.File(name).GetProperty("transfer_syntax").GetString()!;
        var e = Assert.Throws<UnsupportedTransferSyntaxException>(() => ImageFile.ReadImage(Fixture(name)));
        Assert.Equal(uid, e.TransferSyntax.Uid);
        Assert.Contains($"unsupported transfer syntax {uid} (", e.Message);
        Assert.Contains(name, e.Message);
        Assert.DoesNotContain("unknown", e.TransferSyntax.Name);
    }
}
