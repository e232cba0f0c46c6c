using DlRadiomics.Radiomics;

namespace DlRadiomics.Tests.Radiomics;

public sealed class ParameterFileTests
{
    [Fact]
    public void Reads_a_PyRadiomics_yaml_file()
    {
        var p = ParameterFile.Parse("""
            imageType:
              Original: {}
            featureClass:
              firstorder: [Mean, StandardDeviation]
              glcm:
            setting:
              binWidth: 5
              label: 2
              force2D: true
              force2Ddimension: 0
              resegmentRange: [-3, 3]
              resegmentMode: sigma
              weightingNorm: manhattan
              distances: [1, 2]
              normalize: True
              removeOutliers: null
            """);
        var s = p.Settings;
        Assert.Equal(5, s.BinWidth);
        Assert.Equal(2, s.Label);
        Assert.True(s.Force2D);
        Assert.Equal([-3.0, 3.0], s.ResegmentRange);
        Assert.Equal(ResegmentMode.Sigma, s.ResegmentMode);
        Assert.Equal(WeightingNorm.Manhattan, s.WeightingNorm);
        Assert.Equal([1, 2], s.NeighbourDistances);
        Assert.True(s.Normalize);
        Assert.Null(s.RemoveOutliers);
        Assert.Equal(["firstorder", "glcm"], p.FeatureClasses!.Select(c => c.Key));
        Assert.Equal(["Mean", "StandardDeviation"], p.FeatureClasses![0].Value);
        Assert.Null(p.FeatureClasses![1].Value);
    }

    [Fact]
    public void Json_is_accepted_and_absent_sections_keep_PyRadiomics_defaults()
    {
        var p = ParameterFile.Parse("""{"setting": {"binCount": 64, "geometryTolerance": 1e-4}}""");
        Assert.Equal(64, p.Settings.BinCount);
        Assert.Equal(1e-4, p.Settings.GeometryTolerance);
        Assert.Equal(25, p.Settings.BinWidth);
        Assert.Equal(2, p.Settings.MinimumRoiDimensions);
        Assert.Equal(5, p.Settings.PadDistance);
        Assert.True(p.Settings.SymmetricalGlcm);
        Assert.Null(p.FeatureClasses);
        Assert.Equal(["Original"], p.ImageTypes);
    }

    [Fact]
    public void Unknown_setting_is_an_error_naming_it()
    {
        var e = Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("setting:\n  binwidth: 25\n"));
        Assert.Contains("'binwidth'", e.Message);
    }

    [Theory]
    [InlineData("binWidth: -1", "binWidth", "-1")]
    [InlineData("label: one", "label", "one")]
    [InlineData("resegmentMode: percent", "resegmentMode", "percent")]
    [InlineData("force2D: maybe", "force2D", "maybe")]
    [InlineData("distances: [0]", "distances", "[0]")]
    [InlineData("resegmentRange: [1, 2, 3]", "resegmentRange", "[1, 2, 3]")]
    public void Bad_values_are_errors_naming_key_and_value(string line, string key, string value)
    {
        var e = Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("setting:\n  " + line + "\n"));
        Assert.Contains($"'{key}'", e.Message);
        Assert.Contains($"'{value}'", e.Message);
    }

    [Fact]
    public void Unknown_top_level_key_and_unknown_feature_are_errors()
    {
        Assert.Contains("'settings'", Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Parse("settings: {}")).Message);
        var p = ParameterFile.Parse("featureClass:\n  glcm: [Contrast, Contrast2]\n");
        Assert.Contains("'Contrast2'", Assert.Throws<RadiomicsSettingsException>(() => new RadiomicsExtractor(p)).Message);
        var deprecated = ParameterFile.Parse("featureClass:\n  glcm: [SumVariance]\n");
        Assert.Contains("ClusterTendency", Assert.Throws<RadiomicsSettingsException>(() => new RadiomicsExtractor(deprecated)).Message);
    }

    [Theory]
    [InlineData("interpolator: sitkLanczos", "interpolator", "sitkLanczos", "sitkBSpline")]
    [InlineData("interpolator: 7", "interpolator", "7", "sitkLinear")]
    [InlineData("wavelet: db99", "wavelet", "db99", "coif1")]
    public void Settings_checked_against_the_supported_names_fail_when_the_file_is_read_naming_file_setting_and_value(string line, string key, string value, string allowed)
    {
        string path = Path.Combine(Path.GetTempPath(), $"dlr-params-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "setting:\n  " + line + "\n");
        try
        {
            var e = Assert.Throws<RadiomicsSettingsException>(() => ParameterFile.Load(path));
            Assert.StartsWith(path + ": ", e.Message);
            Assert.Contains($"setting '{key}'", e.Message);
            Assert.Contains($"got '{value}'", e.Message);
            Assert.Contains(allowed, e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Classes_and_image_types_not_in_this_build_are_reported_not_faked()
    {
        Assert.Throws<FeatureClassUnavailableException>(() => ParameterFile.Parse("imageType:\n  LBP3D: {}\n"));
        // A parameter file cannot name it (ParameterFile checks interpolator names); settings built in code can.
        var resampling = ParameterFile.Parse("setting:\n  resampledPixelSpacing: [2, 2, 2]\n");
        resampling = resampling with { Settings = resampling.Settings with { Interpolator = "sitkLanczos" } };
        Assert.Contains("'sitkLanczos'", Assert.Throws<DlRadiomics.Radiomics.Preprocessing.Resampling.ResamplingException>(() => new RadiomicsExtractor(resampling)).Message);
        Assert.Throws<RadiomicsSettingsException>(() => new RadiomicsExtractor(ParameterFile.Parse("featureClass:\n  texture:\n")));
    }
}
