using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;

namespace DlRadiomics.Tests.Imaging;

public class DicomSeriesReaderTests
{
    [SkippableTheory]
    [InlineData("STS_001")]
    [InlineData("STS_002")]
    [InlineData("STS_003")]
    public void The_IBSI_validation_series_reproduce_their_NIfTI_volumes(string patient)
    {
        string root = SharedData.Path($"reference/ibsi/validation/{patient}/MR_T1");
        var nifti = NiftiReader.Read(Path.Combine(root, "image.nii.gz"));
        var dicom = DicomSeriesReader.Read(Path.Combine(root, "dicom", "image"));
        Assert.Equal(nifti.Size, dicom.Size);
        Assert.True(nifti.Geometry.Matches(dicom.Geometry, 1e-4), $"NIfTI: {nifti.Geometry}\nDICOM: {dicom.Geometry}");
        Assert.Equal(nifti.Voxels, dicom.Voxels);
    }
}
