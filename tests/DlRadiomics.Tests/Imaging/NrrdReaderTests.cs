using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Imaging;

public class NrrdReaderTests
{
    [SkippableFact]
    public void Brain1_geometry_and_intensities_match_the_pyradiomics_diagnostics()
    {
        var image = NrrdReader.Read(SharedData.Path("reference/pyradiomics/brain1_image.nrrd"));
        Assert.Equal(new Size3(256, 256, 25), image.Size);
        Assert.Equal(0.78124999999999989, image.Geometry.Spacing.X, 15);
        Assert.Equal(6.4999999999999982, image.Geometry.Spacing.Z, 15);
        Assert.Equal(-1.0, image.Geometry.Direction[1, 1]);
        Assert.Equal(new Vec3(-99.609374999999986, 99.609374999999986, -77.999999999999957), image.Geometry.Origin);
        // diagnostics_Image-original_{Minimum,Maximum,Mean} in baseline_glcm.csv
        Assert.Equal(0, image.Voxels.Min());
        Assert.Equal(3057, image.Voxels.Max());
        Assert.Equal(385.6564080810547, image.Voxels.Average(), 10);
    }

    [SkippableFact]
    public void Brain1_mask_has_the_diagnostic_voxel_count()
    {
        var mask = NrrdReader.ReadMask(SharedData.Path("reference/pyradiomics/brain1_label.nrrd"));
        Assert.Equal(4137, mask.Labels.Count(l => l == 1));
    }

    [Fact]
    public void A_file_without_the_magic_line_is_rejected_with_its_path()
    {
        string path = System.IO.Path.GetTempFileName();
        File.WriteAllText(path, "not an image");
        var e = Assert.Throws<ImageFormatException>(() => NrrdReader.Read(path));
        Assert.Contains(path, e.Message);
        File.Delete(path);
    }
}
