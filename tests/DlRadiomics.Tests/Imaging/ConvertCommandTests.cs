using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;
using static DlRadiomics.Tests.CliRun;

namespace DlRadiomics.Tests.Imaging;

public class ConvertCommandTests
{
    private static string SeriesFolder => RepoPaths.Fixture("Imaging/dicom/series");
    private const string SeriesUid = "1.2.826.0.1.3680043.9.7433.4";

    [Fact]
    public void A_series_converts_to_a_NIfTI_that_reads_back_identically()
    {
        string output = TempFile.Path(".nii.gz");
        var (code, stdoutText, stderrText) = Run("convert", "--dicom", SeriesFolder, "--series-uid", SeriesUid, "--out", output);
        Assert.True(code == 0, stderrText);
        Assert.Contains(output, stdoutText);
        var expected = DicomSeriesReader.Read(SeriesFolder, SeriesUid);
        var written = NiftiReader.Read(output);
        Assert.Equal(expected.Voxels, written.Voxels);
        Assert.True(expected.Geometry.Matches(written.Geometry, 1e-5), $"{expected.Geometry}\n{written.Geometry}");
    }

    [Fact]
    public void An_existing_output_is_kept_unless_forced()
    {
        string output = TempFile.Path(".nii");
        File.WriteAllText(output, "keep me");
        var (code, _, stderrText) = Run("convert", "--dicom", SeriesFolder, "--series-uid", SeriesUid, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("--force", stderrText);
        Assert.Equal("keep me", File.ReadAllText(output));
        Assert.Equal(0, Run("convert", "--dicom", SeriesFolder, "--series-uid", SeriesUid, "--out", output, "--force").Code);
        Assert.Equal(new Size3(8, 6, 3), NiftiReader.Read(output).Size);
    }

    [Fact]
    public void An_ambiguous_folder_fails_listing_the_series()
    {
        var (code, _, stderrText) = Run("convert", "--dicom", SeriesFolder, "--out", TempFile.Path(".nii.gz"));
        Assert.Equal(1, code);
        Assert.Contains(SeriesUid, stderrText);
        Assert.Contains("1.2.826.0.1.3680043.9.7433.5", stderrText);
    }

    [Fact]
    public void The_output_must_be_NIfTI()
    {
        var (code, _, stderrText) = Run("convert", "--dicom", SeriesFolder, "--out", TempFile.Path(".png"));
        Assert.Equal(2, code);
        Assert.Contains(".nii", stderrText);
    }

    [SkippableFact]
    public void An_RTSTRUCT_ROI_converts_to_the_reference_mask()
    {
        string root = SharedData.Path("reference/ibsi/validation/STS_002/MR_T1");
        string output = TempFile.Path(".nii.gz");
        var (code, stdoutText, stderrText) = Run("convert", "--rtstruct", Path.Combine(root, "dicom", "mask", "RS.dcm"),
            "--dicom", Path.Combine(root, "dicom", "image"), "--roi", "GTV_Mass_MR_T1", "--out", output);
        Assert.True(code == 0, stderrText);
        Assert.Contains("GTV_Mass_MR_T1", stdoutText);
        var reference = NiftiReader.ReadMask(Path.Combine(root, "mask.nii.gz"));
        var written = NiftiReader.ReadMask(output);
        Assert.True(RtStructReaderTests.Dice(reference, written) >= 0.97);
        Assert.True(reference.Geometry.Matches(written.Geometry, 1e-4));
    }

    [SkippableFact]
    public void An_RTSTRUCT_without_a_ROI_name_is_a_usage_error_listing_the_names()
    {
        string root = SharedData.Path("reference/ibsi/validation/STS_002/MR_T1/dicom");
        var (code, _, stderrText) = Run("convert", "--rtstruct", Path.Combine(root, "mask", "RS.dcm"), "--dicom", Path.Combine(root, "image"), "--out", TempFile.Path(".nii.gz"));
        Assert.Equal(2, code);
        Assert.Contains("'GTV_Mass_MR_T1'", stderrText);
    }
}
