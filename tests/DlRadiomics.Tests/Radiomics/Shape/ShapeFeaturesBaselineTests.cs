using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Tests.Radiomics.Shape;

/// <summary>Every shape and shape2D value of PyRadiomics' baseline, configuration by configuration.</summary>
public class ShapeFeaturesBaselineTests
{
    [SkippableTheory]
    [InlineData("brain1")]
    [InlineData("breast1")]
    public void Shape_matches_the_pyradiomics_baseline(string configuration)
    {
        var baseline = ShapeBaseline.Load("shape");
        Assert.Null(baseline.Setting(configuration, "resampledPixelSpacing"));
        int label = int.Parse(baseline.Setting(configuration, "label") ?? "1", CultureInfo.InvariantCulture);
        var mask = NrrdReader.ReadMask(SharedData.Path($"reference/pyradiomics/{ShapeBaseline.Case(configuration)}_label.nrrd"));

        baseline.AssertShapeMatches(configuration, mask, label);
    }

    [SkippableTheory]
    [InlineData("brain1_shape2D")]
    [InlineData("breast1_shape2D")]
    public void Shape2D_matches_the_pyradiomics_baseline(string configuration)
    {
        var baseline = ShapeBaseline.Load("shape2D");
        Assert.Equal("True", baseline.Setting(configuration, "force2D"));
        Assert.Equal("0", baseline.Setting(configuration, "force2Ddimension"));
        int label = int.Parse(baseline.Setting(configuration, "label") ?? "1", CultureInfo.InvariantCulture);
        var mask = NrrdReader.ReadMask(SharedData.Path($"reference/pyradiomics/{ShapeBaseline.Case(configuration)}_label_2D.nrrd"));

        int dimension = int.Parse(baseline.Setting(configuration, "force2Ddimension")!, CultureInfo.InvariantCulture);
        var actual = Shape2DFeatures.Compute(mask.Labels.Select(l => l == label).ToArray(), mask.Size, mask.Geometry.Spacing, dimension);

        var expected = baseline.Features(configuration, "original_shape2D_");
        Assert.Equal(9, expected.Count);
        foreach (var (name, value) in expected) ShapeBaseline.AssertClose($"{configuration} {name}", value, actual[name]);
    }
}
