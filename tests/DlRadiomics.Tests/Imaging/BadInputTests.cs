using System.Buffers.Binary;
using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Tests.Imaging;

/// <summary>Broken or mismatched inputs give typed errors that name the offending file or folder.</summary>
public class BadInputTests
{
    private static string DicomFixture(string name) => RepoPaths.Fixture("Imaging/dicom/" + name);

    private static string CopyWithLength(string source, int length, string extension = ".dcm")
    {
        string path = TempFile.Path(extension);
        File.WriteAllBytes(path, File.ReadAllBytes(source)[..length]);
        return path;
    }

    [Theory]
    [InlineData(-10)]   // inside the pixel data
    [InlineData(300)]   // inside the data set, before the pixel data
    [InlineData(140)]   // inside the file meta information
    public void A_truncated_DICOM_file(int keep)
    {
        string source = DicomFixture("explicit_le.dcm");
        int length = keep > 0 ? keep : (int)new FileInfo(source).Length + keep;
        string path = CopyWithLength(source, length);
        var e = Assert.ThrowsAny<DicomFormatException>(() => ImageFile.ReadImage(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void A_truncated_implicit_VR_file()
    {
        string path = CopyWithLength(DicomFixture("implicit_le.dcm"), 500);
        var e = Assert.ThrowsAny<DicomFormatException>(() => DicomFile.Read(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void A_file_that_is_not_DICOM()
    {
        string path = TempFile.Path(".dcm");
        File.WriteAllText(path, new string('x', 400));
        var e = Assert.Throws<NotDicomException>(() => ImageFile.ReadImage(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void An_image_without_pixel_data()
    {
        string source = DicomFixture("explicit_le.dcm");
        var pixel = DicomFile.Read(source).Dataset.Element(DicomTag.PixelData)!;
        string folder = TempFile.Folder();
        string path = Path.Combine(folder, "no_pixels.dcm");
        File.WriteAllBytes(path, File.ReadAllBytes(source)[..(int)(pixel.FileOffset - 12)]);
        var e = Assert.Throws<DicomFormatException>(() => ImageFile.ReadImage(folder));
        Assert.Contains(path, e.Message);
        Assert.Contains("missing pixel data", e.Message);
    }

    [Fact]
    public void An_empty_folder()
    {
        string folder = TempFile.Folder();
        var e = Assert.Throws<DicomFormatException>(() => ImageFile.ReadImage(folder));
        Assert.Contains(folder, e.Message);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void A_folder_without_DICOM_images()
    {
        string folder = TempFile.Folder();
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "nothing to see");
        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesReader.Read(folder));
        Assert.Contains(folder, e.Message);
        Assert.Contains("none of the 1 files", e.Message);
    }

    [Fact]
    public void A_mask_on_another_grid_names_both_files_and_geometries()
    {
        string image = RepoPaths.Fixture("Imaging/nifti/int16.nii");
        string mask = RepoPaths.Fixture("Imaging/nifti/oblique_qform_only.nii.gz");
        var e = Assert.Throws<GeometryMismatchException>(() => ImageFile.ReadImageAndMask(image, mask));
        Assert.Contains(image, e.Message);
        Assert.Contains(mask, e.Message);
        Assert.Contains("origin", e.Message);
    }

    [Fact]
    public void A_four_dimensional_NIfTI()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/int16.nii"));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(40), 4);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(48), 3);
        string path = TempFile.Path(".nii");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ImageFormatException>(() => NiftiReader.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("4-D", e.Message);
    }

    [Fact]
    public void An_unsupported_NIfTI_data_type()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("Imaging/nifti/int16.nii"));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(70), 128); // RGB24
        string path = TempFile.Path(".nii");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ImageFormatException>(() => NiftiReader.Read(path));
        Assert.Contains("datatype code 128", e.Message);
    }

    [SkippableFact]
    public void Contours_from_another_frame_of_reference()
    {
        string rs = SharedData.Path("reference/ibsi/validation/STS_001/MR_T1/dicom/mask/RS.dcm");
        string otherSeries = SharedData.Path("reference/ibsi/validation/STS_002/MR_T1/dicom/image");
        var e = Assert.Throws<DicomFormatException>(() => ImageFile.ReadMask(rs, "GTV_Mass_MR_T1", otherSeries));
        Assert.Contains("frame of reference", e.Message);
        Assert.Contains(rs, e.Message);
    }

    [SkippableFact]
    public void An_ROI_name_for_a_mask_that_is_not_an_RTSTRUCT()
    {
        string root = SharedData.Path("reference/ibsi/validation/STS_001/MR_T1");
        string mask = Path.Combine(root, "mask.nii.gz");
        var e = Assert.Throws<ImageFormatException>(() => ImageFile.ReadImageAndMask(Path.Combine(root, "image.nii.gz"), mask, roi: "GTV"));
        Assert.Contains(mask, e.Message);
    }
}

public class IrregularSeriesTests
{
    private static VoxelImage Volume(Direction direction) =>
        new(new ImageGeometry(new Size3(4, 3, 3), new Vec3(1, 1, 2), new Vec3(0, 0, 0), direction), Enumerable.Range(0, 36).Select(n => (double)n).ToArray());

    [Fact]
    public void A_sheared_series_is_refused()
    {
        var tilt = new Vec3(0, Math.Sin(0.2), Math.Cos(0.2));
        string folder = TempFile.Folder();
        DicomSeriesWriter.Write(Volume(Direction.FromAxes(new Vec3(1, 0, 0), new Vec3(0, 1, 0), tilt)), folder, "P", "tilted");
        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesReader.Read(folder));
        Assert.Contains("gantry tilt", e.Message);
        Assert.Contains(folder, e.Message);
    }

    [Fact]
    public void A_series_with_a_missing_slice_is_refused()
    {
        string folder = TempFile.Folder();
        var files = DicomSeriesWriter.Write(new VoxelImage(new ImageGeometry(new Size3(4, 3, 4), new Vec3(1, 1, 2), new Vec3(0, 0, 0), Direction.Identity), new double[48]), folder, "P", "gap");
        File.Delete(files[2]);
        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesReader.Read(folder));
        Assert.Contains("uneven slice spacing", e.Message);
    }
}
