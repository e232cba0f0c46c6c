using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Ibsi;

namespace DlRadiomics.Tests.Radiomics.Ibsi;

/// <summary>
/// IBSI-1 digital phantom (Zwanenburg et al., CC BY 4.0; a copy lives in Fixtures/Radiomics/Ibsi with its licence):
/// every tag we compute must be within the published tolerance, and every PyRadiomics counterpart marked as sharing
/// IBSI's definition must be too.
/// </summary>
public sealed class IbsiPhantomComplianceTests
{
    private static readonly string Phantom = RepoPaths.Fixture("Radiomics/Ibsi");
    private static readonly Lazy<IbsiPhantomReport> Report = new(() => IbsiPhantomReport.FromDirectory(Phantom));

    private static string Describe(IEnumerable<IbsiReportRow> rows) =>
        string.Join("\n", rows.Select(r => $"{r.Tag}: reference {r.Reference} ± {r.Tolerance}, ours {r.Ours}, PyRadiomics {r.PyRadiomics} ({r.Note})"));

    [Fact]
    public void Every_computed_tag_with_a_reference_is_within_the_published_tolerance()
    {
        var report = Report.Value;
        var outside = report.Rows.Where(r => r.Ours is not null && r.Reference is not null && !r.WithinTolerance).ToList();
        Assert.True(outside.Count == 0, "outside tolerance:\n" + Describe(outside));
        int claimed = IbsiFeatureMap.All.Count(d => d.IsComputed);
        Assert.Equal(claimed, report.ComputedCount);
        Assert.Equal(report.Rows.Count(r => r.Ours is not null && r.Reference is not null), report.WithinToleranceCount);
    }

    [Fact]
    public void PyRadiomics_features_sharing_the_IBSI_definition_are_within_tolerance()
    {
        var rows = Report.Value.Rows.Where(r => r.Agreement == IbsiAgreement.SameDefinition).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotNull(r.PyRadiomics));
        var outside = rows.Where(r => r.PyRadiomicsWithinTolerance != true).ToList();
        Assert.True(outside.Count == 0, "PyRadiomics counterpart outside tolerance but marked as the same definition:\n" + Describe(outside));
    }

    [Fact]
    public void Documented_definition_differences_show_on_the_phantom()
    {
        var rows = Report.Value.Rows.ToDictionary(r => r.Tag);
        var kurtosis = rows["stat_kurt"];
        Assert.Equal(kurtosis.PyRadiomics!.Value - 3, kurtosis.Ours!.Value, 12);
        Assert.False(kurtosis.PyRadiomicsWithinTolerance);
        const double voxels = 74;
        foreach (var tag in new[] { "morph_pca_maj_axis", "morph_pca_min_axis", "morph_pca_least_axis" })
            Assert.Equal(rows[tag].PyRadiomics!.Value * Math.Sqrt(voxels / (voxels - 1)), rows[tag].Ours!.Value, 10);
        Assert.False(rows["morph_pca_least_axis"].PyRadiomicsWithinTolerance);
    }

    [Fact]
    public void Map_lists_every_reference_tag_in_the_reference_order()
    {
        var references = IbsiReferenceValue.ReadTable(Path.Combine(Phantom, "reference_values.csv"));
        Assert.Equal(487, references.Count);
        Assert.Equal(references.Select(r => r.Tag), IbsiFeatureMap.All.Select(d => d.Tag));
        Assert.All(IbsiFeatureMap.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Note)));
        Assert.All(IbsiFeatureMap.All.Where(d => d.Agreement is IbsiAgreement.SameDefinition or IbsiAgreement.DifferentDefinition),
            d => Assert.NotNull(d.PyRadiomicsFeature));
    }

    [Fact]
    public void Convention_setting_switches_between_PyRadiomics_and_IBSI_values()
    {
        var image = ImageFile.ReadImage(Path.Combine(Phantom, "image.nii.gz"));
        var mask = ImageFile.ReadMask(Path.Combine(Phantom, "mask.nii.gz"));
        var ibsi = IbsiFeatureExtractor.Compute(image, mask, FeatureConvention.Ibsi);
        var pyradiomics = IbsiFeatureExtractor.Compute(image, mask, FeatureConvention.PyRadiomics);
        Assert.Equal(IbsiFeatureMap.All.Count(d => d.IsComputed), ibsi.Count);
        Assert.Equal(IbsiFeatureMap.All.Count(d => d.PyRadiomicsFeature is not null), pyradiomics.Count);
        Assert.Equal(pyradiomics["cm_contrast_3D_avg"], ibsi["cm_contrast_3D_avg"], 10);
        Assert.NotEqual(pyradiomics["stat_kurt"], ibsi["stat_kurt"]);
    }

    [SkippableFact]
    public void Shared_phantom_matches_the_fixture_copy_and_gives_the_same_report()
    {
        string shared = SharedData.Path("reference/ibsi/digital_phantom/reference_values.csv");
        string directory = Path.GetDirectoryName(shared)!;
        foreach (var file in new[] { "image.nii.gz", "mask.nii.gz", "reference_values.csv", "LICENSE.md" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(directory, file)), File.ReadAllBytes(Path.Combine(Phantom, file)));
        var report = IbsiPhantomReport.FromDirectory(directory);
        Assert.Equal(Report.Value.Rows, report.Rows);
    }
}
