using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Tests.Radiomics;

/// <summary>
/// Every <c>original_*</c> value of every configuration of PyRadiomics' own baseline (brain1, breast1; all classes this
/// build computes, resampling configurations included) is reproduced to a relative error of 1e-6 (absolute 1e-9 near 0).
/// Settings come from each column's settings row, so the test is data-driven.
/// </summary>
public sealed class PyRadiomicsBaselineTests
{
    private const string Folder = "reference/pyradiomics";

    public static IEnumerable<object[]> Configurations()
    {
        var root = SharedData.RootOrNull;
        string dir = root is null ? "" : Path.Combine(root, Folder);
        if (!Directory.Exists(dir)) { yield return ["firstorder", "brain1"]; yield break; }
        foreach (var b in PyRadiomicsBaseline.Load(dir))
            yield return [b.FeatureClass, b.Configuration];
    }

    [SkippableTheory]
    [MemberData(nameof(Configurations))]
    public void Reproduces_every_baseline_value(string featureClass, string configuration)
    {
        string dir = SharedData.Path(Folder);
        var baseline = PyRadiomicsBaseline.Load(dir).Single(b => b.FeatureClass == featureClass && b.Configuration == configuration);
        Skip.If(FeatureClassCatalog.Unavailable.Contains(featureClass), $"feature class {featureClass} is not part of this build");

        var parameters = ParameterFile.Parse(baseline.ParameterFileText, $"{configuration}/{featureClass}");
        string maskName = featureClass == "shape2D" ? "_label_2D.nrrd" : "_label.nrrd";
        string imagePath = Path.Combine(dir, baseline.Case + "_image.nrrd"), maskPath = Path.Combine(dir, baseline.Case + maskName);
        Skip.If(!File.Exists(imagePath) || !File.Exists(maskPath),
            $"the baseline has a column for {baseline.Case} but {Path.GetFileName(imagePath)} or {Path.GetFileName(maskPath)} is not in {dir}; copy PyRadiomics' test data for that case there");
        var image = ImageFile.ReadImage(imagePath);
        var mask = ImageFile.ReadMask(maskPath);
        // The reader reports the stored voxel type ("type: short" for brain1 and breast1), and the extractor casts
        // resampled values to it as SimpleITK does.
        Assert.NotNull(image.StoredType);
        var result = new RadiomicsExtractor(parameters).Extract(image, mask);

        var got = result.Features.ToDictionary(f => f.Key, f => f.Value);
        var failures = new List<string>();
        foreach (var (name, expected) in baseline.Expected)
        {
            if (!got.TryGetValue(name, out double actual)) { failures.Add($"{name}: missing"); continue; }
            if (!(Math.Abs(actual - expected) <= Math.Max(1e-6 * Math.Abs(expected), 1e-9)))
                failures.Add($"{name}: {actual:R} vs PyRadiomics {expected:R} (rel {Math.Abs(actual - expected) / Math.Abs(expected):G3})");
        }
        Assert.True(baseline.Expected.Count > 0, "the baseline column has no values");
        Assert.True(failures.Count == 0, $"{failures.Count}/{baseline.Expected.Count} values differ:\n" + string.Join("\n", failures));
    }
}
