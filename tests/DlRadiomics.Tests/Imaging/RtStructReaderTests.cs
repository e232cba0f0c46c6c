using DlRadiomics.Imaging;
using DlRadiomics.Imaging.Dicom;
using Xunit.Abstractions;

namespace DlRadiomics.Tests.Imaging;

public class RtStructReaderTests(ITestOutputHelper output)
{
    /// <summary>The ROI of the IBSI validation structure sets (the README calls it GTV_Mass; the files name it so).</summary>
    private const string Roi = "GTV_Mass_MR_T1";

    internal static double Dice(LabelMask a, LabelMask b)
    {
        long both = 0, na = 0, nb = 0;
        for (int n = 0; n < a.Labels.Length; n++)
        {
            bool x = a.Labels[n] != 0, y = b.Labels[n] != 0;
            if (x) na++;
            if (y) nb++;
            if (x && y) both++;
        }
        return 2.0 * both / (na + nb);
    }

    [SkippableTheory]
    [InlineData("STS_001")]
    [InlineData("STS_002")]
    [InlineData("STS_003")]
    public void The_GTV_contours_reproduce_the_reference_mask(string patient)
    {
        string root = SharedData.Path($"reference/ibsi/validation/{patient}/MR_T1");
        var reference = NiftiReader.ReadMask(Path.Combine(root, "mask.nii.gz"));
        var mask = ImageFile.ReadMask(Path.Combine(root, "dicom", "mask", "RS.dcm"), Roi, Path.Combine(root, "dicom", "image"));
        reference.Geometry.EnsureMatches(mask.Geometry, "mask.nii.gz", "rasterised RTSTRUCT", 1e-4);
        double dice = Dice(reference, mask);
        output.WriteLine($"{patient}: Dice {dice:F4}, reference {reference.Labels.Count(l => l != 0)} voxels, rasterised {mask.Labels.Count(l => l != 0)}");
        Assert.True(dice >= 0.97, $"Dice {dice:F4} < 0.97");
    }

    [SkippableFact]
    public void The_ROI_names_are_listed()
    {
        var names = RtStructReader.RoiNames(SharedData.Path("reference/ibsi/validation/STS_001/MR_T1/dicom/mask/RS.dcm"));
        Assert.Equal([Roi], names);
    }

    [SkippableFact]
    public void An_unknown_ROI_name_is_an_error_listing_the_names()
    {
        string root = SharedData.Path("reference/ibsi/validation/STS_001/MR_T1/dicom");
        var e = Assert.Throws<DicomFormatException>(() => ImageFile.ReadMask(Path.Combine(root, "mask", "RS.dcm"), "Liver", Path.Combine(root, "image")));
        Assert.Contains("'Liver'", e.Message);
        Assert.Contains($"'{Roi}'", e.Message);
        Assert.Contains("RS.dcm", e.Message);
    }

    [Fact]
    public void A_contour_inside_another_is_a_hole()
    {
        var grid = new ImageGeometry(new Size3(10, 10, 1), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity);
        Vec3[] Square(double lo, double hi) => [new(lo, lo, 0), new(hi, lo, 0), new(hi, hi, 0), new(lo, hi, 0)];
        var mask = ContourRasterizer.Rasterize([Square(0.5, 8.5), Square(2.5, 5.5)], grid);
        Assert.Equal(64 - 9, mask.Labels.Count(l => l == 1));
        Assert.Equal(0, mask[4, 4, 0]);
        Assert.Equal(1, mask[1, 1, 0]);
        Assert.Equal(0, mask[0, 0, 0]);
    }

    [Fact]
    public void The_committed_fixture_reads_and_rasterises_onto_its_series()
    {
        string path = RepoPaths.Fixture("Imaging/dicom/rtstruct/rtstruct.dcm");
        var structure = RtStructReader.Read(path);
        Assert.Equal(["Disc", "Marker"], structure.RoiNames);
        Assert.Equal(4, structure.Roi("Disc").Contours.Count);
        Assert.Equal(["1.2.826.0.1.3680043.9.7433.4"], structure.ReferencedSeriesUids);
        // Corners at i 1.5–5.5, j 1.5–4.5 enclose voxel centres i 2–5, j 2–4 on each slice; slice 1 has a hole
        // around voxel (3, 3).
        var mask = ImageFile.ReadMask(path, "Disc", RepoPaths.Fixture("Imaging/dicom/series"), "1.2.826.0.1.3680043.9.7433.4");
        Assert.Equal([12, 11, 12], Enumerable.Range(0, 3).Select(k => Enumerable.Range(0, 8 * 6).Count(n => mask.Labels[48 * k + n] == 1)));
        Assert.Equal(0, mask[3, 3, 1]);
        Assert.Equal(1, mask[3, 3, 0]);
    }
}

public class ImageAndMaskPairTests
{
    [SkippableFact]
    public void A_DICOM_series_and_an_RTSTRUCT_pair_like_the_NIfTI_files()
    {
        string root = SharedData.Path("reference/ibsi/validation/STS_003/MR_T1");
        var (image, mask) = ImageFile.ReadImageAndMask(Path.Combine(root, "dicom", "image"), Path.Combine(root, "dicom", "mask", "RS.dcm"), roi: "GTV_Mass_MR_T1");
        var (niftiImage, niftiMask) = ImageFile.ReadImageAndMask(Path.Combine(root, "image.nii.gz"), Path.Combine(root, "mask.nii.gz"), tolerance: 1e-4);
        Assert.Equal(niftiImage.Voxels, image.Voxels);
        Assert.True(RtStructReaderTests.Dice(niftiMask, mask) >= 0.97);
    }

    [SkippableFact]
    public void An_RTSTRUCT_rasterises_onto_a_NIfTI_reference_grid_too()
    {
        string root = SharedData.Path("reference/ibsi/validation/STS_002/MR_T1");
        var mask = ImageFile.ReadMask(Path.Combine(root, "dicom", "mask", "RS.dcm"), "GTV_Mass_MR_T1", Path.Combine(root, "image.nii.gz"));
        var reference = ImageFile.ReadMask(Path.Combine(root, "mask.nii.gz"));
        Assert.True(RtStructReaderTests.Dice(reference, mask) >= 0.97);
    }
}
