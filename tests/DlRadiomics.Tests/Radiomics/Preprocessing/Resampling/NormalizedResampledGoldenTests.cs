using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;

namespace DlRadiomics.Tests.Radiomics.Preprocessing.Resampling;

/// <summary>
/// Every feature with normalize, normalizeScale 100, binCount 32 and 1 mm B-spline resampling, against PyRadiomics 3.1
/// (Golden/Radiomics/Resampled: crops of synthetic sagittal disc and axial nucleus cases, made by make_golden.py with
/// the reference in ../shared/tools/pyradiomics-reference; versions in versions.txt).
/// </summary>
public sealed class NormalizedResampledGoldenTests
{
    private static readonly string Folder = RepoPaths.Golden("Radiomics/Resampled");

    public static TheoryData<string> Cases() => new(File.ReadLines(Path.Combine(Folder, "golden.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct());

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryFeatureEqualsPyRadiomics(string name)
    {
        var expected = File.ReadLines(Path.Combine(Folder, "golden.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == name).ToDictionary(f => f[1], f => double.Parse(f[2], CultureInfo.InvariantCulture));
        var extractor = new RadiomicsExtractor(ParameterFile.Load(Path.Combine(Folder, "params.yaml")));

        var result = extractor.Extract(
            ImageFile.ReadImage(Path.Combine(Folder, name + "_image.nii.gz")), ImageFile.ReadMask(Path.Combine(Folder, name + "_mask.nii.gz")));

        var actual = result.Features.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (feature, value) in expected)
            Assert.True(Math.Abs(actual[feature] - value) <= 1e-6 * Math.Abs(value) || actual[feature] == value,
                $"{name} {feature}: {actual[feature]:R}, PyRadiomics {value:R}");
    }
}
