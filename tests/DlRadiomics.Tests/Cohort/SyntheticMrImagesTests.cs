using DlRadiomics.Cohort;
using DlRadiomics.Imaging;

namespace DlRadiomics.Tests.Cohort;

public class SyntheticMrImagesTests
{
    private static PatientTraits Patient(int pfirrmann = 2, int msuSize = 2, string location = "A", int multifidus = 1, double discHeterogeneity = 0, int seed = 11) =>
        new("T001", "training", 1, "L4/5", pfirrmann, msuSize, location, 0.5, ModicChange: false, AnnulusTear: false,
            multifidus, 1, 0, 700, 1300, 1300, 12, discHeterogeneity, 0, seed);

    private static double MeanInside(VoxelImage image, LabelMask mask) =>
        Enumerable.Range(0, image.Voxels.Length).Where(n => mask.Labels[n] == 1).Average(n => image.Voxels[n]);

    private static int Count(LabelMask mask) => mask.Labels.Count(l => l == 1);

    private static double Dice(LabelMask a, LabelMask b)
    {
        int both = Enumerable.Range(0, a.Labels.Length).Count(n => a.Labels[n] == 1 && b.Labels[n] == 1);
        return 2.0 * both / (Count(a) + Count(b));
    }

    [Theory]
    [InlineData(SyntheticStudy.SurgicalRisk)]
    [InlineData(SyntheticStudy.Recurrence)]
    public void Images_have_the_papers_spacing_and_every_mask_lies_on_its_images_grid(SyntheticStudy study)
    {
        var images = SyntheticMrImages.Generate(Patient(), study, Delineation.Reliability);
        Assert.Equal(new Vec3(0.625, 0.625, 4), images.Sagittal.Geometry.Spacing);
        Assert.Equal(new Vec3(0.703125, 0.703125, 4), images.Axial.Geometry.Spacing);
        Assert.Equal(study.Rois().Count * 3, images.Masks.Count);
        foreach (var mask in images.Masks)
        {
            Assert.True(images.Image(mask.Plane).Geometry.Matches(mask.Mask.Geometry));
            Assert.True(Count(mask.Mask) > 20, $"{mask.Kind} {mask.Delineation} has {Count(mask.Mask)} voxels");
        }
        Assert.All(images.Axial.Voxels, v => Assert.True(v >= 0 && v == Math.Round(v)));
    }

    [Fact]
    public void The_same_patient_gives_the_same_voxels()
    {
        var a = SyntheticMrImages.Generate(Patient(), SyntheticStudy.SurgicalRisk, [Delineation.First]);
        var b = SyntheticMrImages.Generate(Patient(), SyntheticStudy.SurgicalRisk, [Delineation.First]);
        var c = SyntheticMrImages.Generate(Patient(seed: 12), SyntheticStudy.SurgicalRisk, [Delineation.First]);
        Assert.Equal(a.Sagittal.Voxels, b.Sagittal.Voxels);
        Assert.Equal(a.Masks[1].Mask.Labels, b.Masks[1].Mask.Labels);
        Assert.NotEqual(a.Axial.Voxels, c.Axial.Voxels);
    }

    [Fact]
    public void Disc_signal_and_height_fall_with_the_Pfirrmann_grade()
    {
        var means = new List<double>();
        var heights = new List<int>();
        foreach (int grade in new[] { 1, 3, 5 })
        {
            var images = SyntheticMrImages.Generate(Patient(pfirrmann: grade), SyntheticStudy.SurgicalRisk, [Delineation.First]);
            var disc = images.Masks.Single(m => m.Kind == RoiKind.Disc).Mask;
            means.Add(MeanInside(images.Sagittal, disc));
            heights.Add(Count(disc));
        }
        Assert.True(means[0] > means[1] && means[1] > means[2], string.Join(", ", means));
        Assert.True(means[0] > 1.8 * means[2], string.Join(", ", means));
        Assert.True(heights[0] > heights[2], string.Join(", ", heights));
    }

    [Fact]
    public void The_herniation_grows_with_the_MSU_size()
    {
        var volumes = new[] { 1, 2, 3 }.Select(size => Count(SyntheticMrImages.Generate(Patient(msuSize: size), SyntheticStudy.SurgicalRisk, [Delineation.First])
            .Masks.Single(m => m.Kind == RoiKind.Nucleus).Mask)).ToArray();
        Assert.True(volumes[0] < volumes[1] && volumes[1] < volumes[2], string.Join(", ", volumes));
    }

    [Fact]
    public void Fat_infiltration_brightens_the_multifidus_with_the_Goutallier_grade()
    {
        double Mean(int grade)
        {
            var images = SyntheticMrImages.Generate(Patient(multifidus: grade), SyntheticStudy.Recurrence, [Delineation.First]);
            return MeanInside(images.Axial, images.Masks.Single(m => m.Kind == RoiKind.Multifidus).Mask);
        }
        Assert.True(Mean(4) > 1.3 * Mean(0), $"{Mean(4)} vs {Mean(0)}");
    }

    [Fact]
    public void Disc_heterogeneity_raises_the_local_contrast_inside_the_disc()
    {
        // Mean squared difference of horizontally adjacent voxels both inside the disc, as GLCM contrast at distance 1.
        double Contrast(double heterogeneity)
        {
            var images = SyntheticMrImages.Generate(Patient(discHeterogeneity: heterogeneity), SyntheticStudy.SurgicalRisk, [Delineation.First]);
            var disc = images.Masks.Single(m => m.Kind == RoiKind.Disc).Mask;
            var v = images.Sagittal.Voxels;
            var pairs = Enumerable.Range(0, v.Length - 1).Where(n => disc.Labels[n] == 1 && disc.Labels[n + 1] == 1).ToArray();
            return pairs.Average(n => (v[n + 1] - v[n]) * (v[n + 1] - v[n]));
        }
        Assert.True(Contrast(2) > 1.25 * Contrast(-1), $"{Contrast(2)} vs {Contrast(-1)}");
    }

    [Fact]
    public void Second_rater_and_repeat_masks_differ_slightly_from_the_first()
    {
        var images = SyntheticMrImages.Generate(Patient(), SyntheticStudy.SurgicalRisk, Delineation.Reliability);
        foreach (var kind in SyntheticStudy.SurgicalRisk.Rois())
        {
            var masks = images.Masks.Where(m => m.Kind == kind).ToDictionary(m => m.Delineation, m => m.Mask);
            double repeat = Dice(masks[new(1, 1)], masks[new(1, 2)]), rater = Dice(masks[new(1, 1)], masks[new(2, 1)]);
            Assert.InRange(repeat, 0.75, 0.999);
            Assert.InRange(rater, 0.7, 0.999);
        }
    }

    [Fact]
    public void Axial_regions_nest_as_drawn_by_the_radiologists()
    {
        var images = SyntheticMrImages.Generate(Patient(msuSize: 2, location: "B"), SyntheticStudy.SurgicalRisk, [Delineation.First]);
        var canal = images.Masks.Single(m => m.Kind == RoiKind.Canal).Mask;
        foreach (var inner in new[] { RoiKind.Nucleus, RoiKind.Dura })
        {
            var mask = images.Masks.Single(m => m.Kind == inner).Mask;
            int outside = Enumerable.Range(0, mask.Labels.Length).Count(n => mask.Labels[n] == 1 && canal.Labels[n] == 0);
            Assert.True(outside < 0.1 * Count(mask), $"{inner}: {outside} of {Count(mask)} voxels outside the canal");
        }
    }
}
