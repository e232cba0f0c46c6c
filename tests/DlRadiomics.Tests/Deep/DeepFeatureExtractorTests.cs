using DlRadiomics.Deep;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Tests.Deep;

/// <summary>A batch of cases read from files: every bad case gets its own error and the others go on.</summary>
public sealed class DeepFeatureExtractorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dlr-deep-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private ExtractionCase Write(string id, VoxelImage image, LabelMask mask)
    {
        string imagePath = Path.Combine(folder, id + "_image.nii.gz"), maskPath = Path.Combine(folder, id + "_mask.nii.gz");
        NiftiWriter.Write(image, imagePath);
        NiftiWriter.Write(mask, maskPath);
        return new ExtractionCase(id, imagePath, maskPath);
    }

    [Fact]
    public void Bad_cases_are_reported_one_by_one_and_good_ones_get_features()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        var few = new LabelMask(mask.Geometry, new int[mask.Labels.Length]);
        few[10, 10, 1] = 1;
        var elsewhere = new LabelMask(mask.Geometry with { Spacing = new Vec3(1, 1, 2) }, mask.Labels);
        var cases = new[]
        {
            Write("good1", image, mask),
            Write("empty", image, new LabelMask(mask.Geometry, new int[mask.Labels.Length])),
            Write("few", image, few),
            Write("mismatch", image, elsewhere),
            new ExtractionCase("missing", Path.Combine(folder, "absent.nii.gz"), Path.Combine(folder, "absent_mask.nii.gz")),
            Write("good2", image, mask),
            Write("label2", image, mask) with { Label = 2 },
        };
        using var extractor = new DeepFeatureExtractor(DeepModel.Resolve(DeepGolden.File("tiny_pool3.onnx")), options: new DeepExtractorOptions(BatchSize: 4));
        var seen = new List<string>();
        var outcomes = extractor.Run(cases, prepared: (c, _) => seen.Add(c.Id));

        Assert.Equal(cases.Select(c => c.Id), outcomes.Select(o => o.Case.Id));
        Assert.Equal(["good1", "good2"], outcomes.Where(o => !o.Failed).Select(o => o.Case.Id));
        Assert.Equal(["good1", "good2"], seen);
        Assert.Contains("mask is empty", outcomes[1].Error);
        Assert.Contains("holds 1 pixels", outcomes[2].Error);
        Assert.Contains("geometry", outcomes[3].Error);
        Assert.Contains("absent.nii.gz", outcomes[4].Error);
        Assert.Contains("no pixel has label 2", outcomes[6].Error);
        var expected = extractor.Extract(image, mask).Values;
        Assert.Equal(expected, outcomes[0].Features!.Values);
        Assert.Equal(expected, outcomes[5].Features!.Values);
        Assert.Equal(1, outcomes[0].Features!.SliceIndex);
    }

    [Fact]
    public void The_network_input_shows_the_roi_slice_and_crop()
    {
        var (image, mask) = DeepGolden.Volume("upsample");
        using var extractor = new DeepFeatureExtractor(DeepModel.Resolve(DeepGolden.File("tiny_pool3.onnx")));
        var input = extractor.Preprocessor.Prepare(image, mask);
        Assert.Equal(input.Crop.Rows * input.Crop.Columns, input.ScaledCrop.Length);
        Assert.Equal(0, input.ScaledCrop.Min());
        Assert.Equal(1, input.ScaledCrop.Max());
        Assert.Equal(image.Size.X * image.Size.Y, input.Slice.Pixels.Length);
        Assert.Throws<RoiException>(() => extractor.Extract(image, new LabelMask(mask.Geometry, new int[mask.Labels.Length])));
    }

    [Fact]
    public void Batches_run_at_once_give_the_features_of_one_thread_and_report_in_case_order()
    {
        var cases = Enumerable.Range(0, 9).Select(i =>
        {
            var (image, mask) = DeepGolden.Volume(i % 2 == 0 ? "upsample" : "downsample");
            return Write($"case{i}", image, mask);
        }).ToList();
        cases.Insert(4, new ExtractionCase("missing", Path.Combine(folder, "absent.nii.gz"), Path.Combine(folder, "absent_mask.nii.gz")));
        var model = DeepModel.Resolve(DeepGolden.File("tiny_pool3.onnx"));
        IReadOnlyList<DeepCaseOutcome> Run(int threads, List<string> prepared, List<string> completed)
        {
            using var extractor = new DeepFeatureExtractor(model, options: new DeepExtractorOptions(BatchSize: 2, Threads: threads));
            return extractor.Run(cases, (c, _) => prepared.Add(c.Id), o => completed.Add(o.Case.Id));
        }
        List<string> onePrepared = [], oneCompleted = [], allPrepared = [], allCompleted = [];
        var one = Run(1, onePrepared, oneCompleted);
        var all = Run(0, allPrepared, allCompleted);

        Assert.Equal(cases.Select(c => c.Id), allCompleted);
        Assert.Equal(oneCompleted, allCompleted);
        Assert.Equal(cases.Select(c => c.Id).Where(id => id != "missing"), allPrepared);
        Assert.Equal(onePrepared, allPrepared);
        Assert.Contains("absent.nii.gz", all[4].Error);
        for (int i = 0; i < cases.Count; i++) Assert.Equal(one[i].Features?.Values, all[i].Features?.Values);
    }
}
