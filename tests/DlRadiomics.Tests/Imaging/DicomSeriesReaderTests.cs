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

public class DicomSeriesFolderTests
{
    private static string Folder => RepoPaths.Fixture("Imaging/dicom/series");

    [Fact]
    public void Two_series_in_one_folder_are_listed_with_their_slice_counts()
    {
        var series = DicomSeriesReader.ListSeries(Folder);
        Assert.Equal(DicomGolden.SeriesUids.Order(StringComparer.Ordinal), series.Select(s => s.SeriesInstanceUid));
        Assert.Equal([3, 2], series.Select(s => s.SliceCount));
    }

    [Fact]
    public void Without_a_series_uid_an_ambiguous_folder_is_an_error_listing_the_uids()
    {
        var e = Assert.Throws<AmbiguousSeriesException>(() => ImageFile.ReadImage(Folder));
        foreach (var uid in DicomGolden.SeriesUids) Assert.Contains(uid, e.Message);
        Assert.Contains("--series-uid", e.Message);
    }

    [Theory]
    [InlineData("1.2.826.0.1.3680043.9.7433.4")]
    [InlineData("1.2.826.0.1.3680043.9.7433.5")]
    public void A_chosen_series_is_sorted_along_the_slice_normal(string uid)
    {
        var golden = DicomGolden.Series(uid);
        var image = ImageFile.ReadImage(Folder, uid);
        Assert.Equal(golden.Doubles("values_i_fastest"), image.Voxels);
        var origin = golden.Doubles("origin");
        Assert.Equal(new Vec3(origin[0], origin[1], origin[2]), image.Geometry.Origin);
        Assert.Equal(golden.GetProperty("slice_spacing").GetDouble(), image.Geometry.Spacing.Z, 1e-5);
        var layout = DicomSeriesReader.ReadLayout(Folder, uid);
        Assert.Equal(golden.GetProperty("files_in_slice_order").EnumerateArray().Select(f => f.GetString()), layout.SliceFiles.Select(Path.GetFileName));
    }

    [Fact]
    public void An_unknown_series_uid_is_an_error_listing_the_uids()
    {
        var e = Assert.Throws<DicomFormatException>(() => DicomSeriesReader.Read(Folder, "1.2.3"));
        foreach (var uid in DicomGolden.SeriesUids) Assert.Contains(uid, e.Message);
    }
}
