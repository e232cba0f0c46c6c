using DlRadiomics.Radiomics.Ibsi;

namespace DlRadiomics.Tests.Radiomics.Ibsi;

/// <summary>
/// Beyond the phantom: on a textured ellipsoidal ROI with eight grey levels, every tag whose PyRadiomics counterpart
/// is marked as the same definition must agree with our IBSI calculator to rounding, which cross-checks the
/// IBSI formulas and aggregations against the engine's PyRadiomics features.
/// </summary>
public sealed class IbsiConventionAgreementTests
{
    [Fact]
    public void Same_definition_tags_agree_between_conventions_on_a_textured_ROI()
    {
        var image = SyntheticVolumes.Textured(14, 12, 6);
        var mask = SyntheticVolumes.Mask(image.Geometry,
            (x, y, z) => Math.Pow((x - 6.5) / 6, 2) + Math.Pow((y - 5.5) / 5, 2) + Math.Pow((z - 2.5) / 2.6, 2) <= 1);
        var settings = IbsiFeatureExtractor.PhantomSettings with { BinCount = 8 };
        var ibsi = IbsiFeatureExtractor.Compute(image, mask, FeatureConvention.Ibsi, settings);
        var py = IbsiFeatureExtractor.Compute(image, mask, FeatureConvention.PyRadiomics, settings);

        Assert.All(ibsi, kv => Assert.True(double.IsFinite(kv.Value), $"{kv.Key} = {kv.Value}"));
        var same = IbsiFeatureMap.All.Where(d => d.Agreement == IbsiAgreement.SameDefinition).ToList();
        Assert.True(same.Count > 200);
        var disagreeing = same.Where(d => Math.Abs(ibsi[d.Tag] - py[d.Tag]) > 1e-9 * Math.Max(1, Math.Abs(py[d.Tag])))
            .Select(d => $"{d.Tag}: IBSI {ibsi[d.Tag]}, {d.PyRadiomicsLabel} {py[d.Tag]}").ToList();
        Assert.True(disagreeing.Count == 0, string.Join("\n", disagreeing));
    }

    [Fact]
    public void A_slice_holding_one_voxel_or_one_grey_level_keeps_every_feature_defined()
    {
        var image = SyntheticVolumes.Textured(7, 7, 4);
        // Slices 0–1: a 5×5 square (a spheroid: two equal principal axes); slice 2: a single voxel, so that slice has one
        // grey level, no co-occurring pair, no run longer than 1 and no in-plane neighbour.
        var mask = SyntheticVolumes.Mask(image.Geometry, (x, y, z) => z switch
        {
            < 2 => x is >= 1 and <= 5 && y is >= 1 and <= 5,
            2 => x == 3 && y == 3,
            _ => false,
        });
        var ibsi = IbsiFeatureExtractor.Compute(image, mask, FeatureConvention.Ibsi, IbsiFeatureExtractor.PhantomSettings with { BinCount = 6 });
        Assert.Equal(IbsiFeatureMap.All.Count(d => d.IsComputed), ibsi.Count);
        Assert.All(ibsi, kv => Assert.True(double.IsFinite(kv.Value), $"{kv.Key} = {kv.Value}"));
    }
}
