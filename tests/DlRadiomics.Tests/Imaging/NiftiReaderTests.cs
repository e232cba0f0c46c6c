using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Imaging;

public class NiftiReaderTests
{
    public static IEnumerable<object[]> Fixtures => NiftiGolden.FixtureNames();
    public static IEnumerable<object[]> SharedFiles => NiftiGolden.SharedNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_voxels_and_geometry_match_nibabel(string name)
    {
        var golden = NiftiGolden.Fixture(name);
        var image = NiftiReader.Read(RepoPaths.Fixture("Imaging/nifti/" + name));
        golden.AssertGeometry(image.Geometry, 1e-5);
        Assert.Equal(golden.VoxelsIFastest!, image.Voxels);
    }

    [SkippableTheory]
    [MemberData(nameof(SharedFiles))]
    public void Reference_volumes_match_nibabel(string relative)
    {
        var golden = NiftiGolden.Shared(relative);
        var image = ImageFile.ReadImage(SharedData.Path(relative));
        golden.AssertGeometry(image.Geometry, 1e-5);
        Assert.Equal(golden.Sum, image.Voxels.Sum(), Math.Abs(golden.Sum) * 1e-12);
        Assert.Equal(golden.Min, image.Voxels.Min());
        Assert.Equal(golden.Max, image.Voxels.Max());
        Assert.Equal(golden.Nonzero, image.Voxels.LongCount(v => v != 0));
    }

    [SkippableFact]
    public void Digital_phantom_mask_reads_as_labels()
    {
        var golden = NiftiGolden.Shared("reference/ibsi/digital_phantom/mask.nii.gz");
        var mask = ImageFile.ReadMask(SharedData.Path("reference/ibsi/digital_phantom/mask.nii.gz"));
        Assert.Equal([1], mask.DistinctLabels());
        Assert.Equal(golden.Nonzero, mask.Labels.LongCount(l => l == 1));
    }

    [Fact]
    public void Scaled_integer_data_is_rounded_to_single_precision_as_ITK_does()
    {
        var header = NiftiReader.ReadHeader(RepoPaths.Fixture("Imaging/nifti/int16_scaled.nii.gz"));
        Assert.Equal(0.25, header.SclSlope);
        Assert.Equal(-10, header.SclInter);
        var image = NiftiReader.Read(RepoPaths.Fixture("Imaging/nifti/int16_scaled.nii.gz"));
        Assert.All(image.Voxels, v => Assert.Equal((float)v, v));
    }

    [Fact]
    public void Nifti2_and_big_endian_headers_are_recognised()
    {
        Assert.Equal(NiftiVersion.Nifti2, NiftiReader.ReadHeader(RepoPaths.Fixture("Imaging/nifti/nifti2_float32.nii")).Version);
        Assert.True(NiftiReader.ReadHeader(RepoPaths.Fixture("Imaging/nifti/int16_big_endian.nii")).BigEndian);
    }

    [Theory]
    [InlineData(1, 42.0)]   // sform SCANNER_ANAT and orthonormal: ITK takes the sform
    [InlineData(2, -10.5)]  // sform ALIGNED_ANAT that disagrees with the qform: ITK takes the qform
    public void The_sform_or_the_qform_is_chosen_by_ITK_rules(short sformCode, double expectedOriginX)
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/int16.nii"));
        System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(254), sformCode);
        System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(292), -42f); // srow_x[3]
        string path = TempFile.Path(".nii");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(expectedOriginX, NiftiReader.Read(path).Geometry.Origin.X);
    }

    [Fact]
    public void A_truncated_file_is_rejected_naming_it()
    {
        string path = TempFile.Path(".nii");
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/float64.nii"));
        File.WriteAllBytes(path, bytes[..(bytes.Length - 10)]);
        var e = Assert.Throws<ImageFormatException>(() => NiftiReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_NIfTI_is_rejected_naming_it()
    {
        string path = TempFile.Path(".nii");
        File.WriteAllText(path, "this is not an image, just some text long enough");
        var e = Assert.Throws<ImageFormatException>(() => ImageFile.ReadImage(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("not a NIfTI file", e.Message);
    }
}
