using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Tests.Radiomics.Shape;

public class ShapeFeatureClassTests
{
    private static FeatureInput Input(bool[] mask, Size3 size, RadiomicsSettings settings)
    {
        var roi = new RoiVolume(size, new Vec3(1, 1, 2), new double[mask.Length], mask);
        return new FeatureInput(roi, roi, settings);
    }

    [Fact]
    public void Shape_class_offers_pyradiomics_defaults_and_the_deprecated_ones_on_request()
    {
        var c = new ShapeFeatureClass();
        Assert.Equal("shape", c.Name);
        Assert.Equal(14, c.DefaultFeatures.Count);
        Assert.Equal(["Compactness1", "Compactness2", "SphericalDisproportion"], c.ExtraFeatures);
        var mask = new bool[27];
        mask[13] = mask[14] = true;
        var values = c.Compute(Input(mask, new Size3(3, 3, 3), RadiomicsSettings.Default));
        Assert.Equal(4.0, values["VoxelVolume"]);
        Assert.True(c.DefaultFeatures.Concat(c.ExtraFeatures).All(values.ContainsKey));
    }

    [Fact]
    public void Shape2D_class_needs_force2D_and_uses_its_dimension()
    {
        var c = new Shape2DFeatureClass();
        var mask = new bool[9];
        mask[4] = mask[5] = true;
        var size = new Size3(3, 3, 1);
        Assert.Throws<RadiomicsSettingsException>(() => c.Compute(Input(mask, size, RadiomicsSettings.Default)));
        var values = c.Compute(Input(mask, size, RadiomicsSettings.Default with { Force2D = true, Force2DDimension = 0 }));
        Assert.Equal(2.0, values["PixelSurface"]);
        Assert.True(c.DefaultFeatures.Concat(c.ExtraFeatures).All(values.ContainsKey));
    }
}
