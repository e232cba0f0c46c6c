using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Tests.Imaging;

/// <summary>The readers report the pixel type SimpleITK would give the file (<see cref="VoxelImage.StoredType"/>).</summary>
public class StoredTypeTests
{
    [Theory]
    [InlineData("Radiomics/LoG/brain1_crop.nrrd", VoxelType.Int16)]
    [InlineData("Radiomics/LoG/synthetic_anisotropic.nrrd", VoxelType.Float32)]
    [InlineData("Imaging/nifti/uint8.nii", VoxelType.UInt8)]
    [InlineData("Imaging/nifti/int8.nii", VoxelType.Int8)]
    [InlineData("Imaging/nifti/int16.nii", VoxelType.Int16)]
    [InlineData("Imaging/nifti/uint16.nii", VoxelType.UInt16)]
    [InlineData("Imaging/nifti/int32.nii", VoxelType.Int32)]
    [InlineData("Imaging/nifti/float32.nii", VoxelType.Float32)]
    [InlineData("Imaging/nifti/float64.nii", VoxelType.Float64)]
    [InlineData("Imaging/nifti/nifti2_float32.nii", VoxelType.Float32)]
    [InlineData("Imaging/nifti/int16_scaled.nii.gz", VoxelType.Float32)] // int16 with scl_slope 0.25: ITK promotes to float
    [InlineData("Imaging/dicom/explicit_le.dcm", VoxelType.Float64)] // int16 with rescale slope 0.5: GDCM gives float64
    [InlineData("Imaging/dicom/explicit_be.dcm", VoxelType.Float64)]
    [InlineData("Imaging/dicom/uint8.dcm", VoxelType.UInt16)] // uint8 with slope 2, intercept 10: 10…520 fits uint16
    public void Image_files_report_the_pixel_type_SimpleITK_gives_them(string fixture, VoxelType expected)
    {
        Assert.Equal(expected, ImageFile.ReadImage(RepoPaths.Fixture(fixture)).StoredType);
    }

    [Fact]
    public void A_DICOM_series_with_a_fractional_rescale_is_float64()
    {
        var image = ImageFile.ReadImage(RepoPaths.Fixture("Imaging/dicom/series"), "1.2.826.0.1.3680043.9.7433.4");
        Assert.Equal(3, image.Size.Z);
        Assert.Equal(VoxelType.Float64, image.StoredType);
    }

    [Theory]
    [InlineData(16, 16, true, 1.0, 0.0, VoxelType.Int16)]
    [InlineData(8, 8, false, 1.0, 0.0, VoxelType.UInt8)]
    [InlineData(16, 8, false, 1.0, 0.0, VoxelType.UInt16)] // the type follows BitsAllocated, not BitsStored
    [InlineData(16, 16, false, 1.0, -1024.0, VoxelType.Int32)] // −1024…64511
    [InlineData(16, 12, false, 1.0, -1024.0, VoxelType.Int16)] // CT: 0…4095 − 1024 fits int16
    [InlineData(16, 16, true, 1.0, 0.5, VoxelType.Float64)]
    [InlineData(16, 16, true, 2.5, 0.0, VoxelType.Float64)]
    public void DICOM_pixel_type_follows_GDCM(int bitsAllocated, int bitsStored, bool signed, double slope, double intercept, VoxelType expected)
    {
        var encoding = new DlRadiomics.Imaging.Dicom.PixelEncoding(bitsAllocated, bitsStored, bitsStored - 1, signed, false, slope, intercept);
        Assert.Equal(expected, encoding.PixelType);
    }

    [Fact]
    public void Images_computed_in_memory_have_no_stored_type_and_LoG_images_are_float32()
    {
        var image = ImageFile.ReadImage(RepoPaths.Fixture("Radiomics/LoG/brain1_crop.nrrd"));
        Assert.Null(new VoxelImage(image.Geometry, image.Voxels).StoredType);
        Assert.Equal(VoxelType.Float32, DlRadiomics.Radiomics.Filters.LaplacianOfGaussianFilter.Apply(image, 1.0).StoredType);
    }

    [SkippableFact]
    public void Batch_extraction_resamples_with_the_type_the_reader_reports()
    {
        string dir = SharedData.Path("reference/pyradiomics");
        string imagePath = Path.Combine(dir, "breast1_image.nrrd"), maskPath = Path.Combine(dir, "breast1_label.nrrd");
        var extractor = new RadiomicsExtractor(ParameterFile.Parse(
            "setting: {resampledPixelSpacing: [1.3, 1.3, 1.3], interpolator: sitkBSpline}\nfeatureClass: {firstorder: [Mean, Minimum]}\n"));
        var outcome = BatchExtraction.RunOne(new ExtractionCase("breast1", imagePath, maskPath), extractor);
        Assert.False(outcome.Failed, outcome.Error);

        var image = ImageFile.ReadImage(imagePath);
        var mask = ImageFile.ReadMask(maskPath);
        var asInt16 = extractor.Extract(image, mask, storedType: VoxelType.Int16);
        var asFloat64 = extractor.Extract(image, mask, storedType: VoxelType.Float64);
        Assert.Equal(asInt16.Features, outcome.Result!.Features);
        Assert.Equal(Math.Truncate(asInt16["original_firstorder_Minimum"]), asInt16["original_firstorder_Minimum"]);
        Assert.NotEqual(asFloat64["original_firstorder_Mean"], asInt16["original_firstorder_Mean"]);
    }
}
