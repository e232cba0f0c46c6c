using DlRadiomics.Cohort;
using DlRadiomics.Deep;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Batch;
using DlRadiomics.Tables;
using DlRadiomics.Tests.Cohort;

namespace DlRadiomics.Tests.Deep;

/// <summary>The work of <c>dlr deep</c> on the synthetic cohort's images manifest and on an ID,Image,Mask manifest.</summary>
public sealed class DeepExtractionTests(SmallSyntheticCohort cohort) : IClassFixture<SmallSyntheticCohort>, IDisposable
{
    private readonly TempFolder dir = new();
    private readonly SyntheticDataPaths data = cohort.Paths;

    public void Dispose() => dir.Dispose();

    [Fact]
    public void The_images_manifest_gives_one_row_per_patient_named_by_the_network_with_the_inputs_dumped()
    {
        string output = dir.PathOf("deep.csv"), inputs = dir.PathOf("inputs");
        var result = DeepExtraction.Run(new DeepExtractionOptions(data.SurgicalRiskImages!, output,
            Filter: new ImagesManifestFilter(ImagePlane.Sagittal), DumpInputs: inputs, Threads: 1));

        Assert.Equal("resnet18-imagenet", result.Model.Name);
        Assert.Equal(0, result.Failures);
        var table = CsvTable.Read(output);
        Assert.Equal(8, table.RowCount);
        Assert.Equal("dl_511", table.ColumnNames[^1]);
        Assert.Equal("resnet18-imagenet", table.Rows[0].Cell(table.ColumnIndex("diagnostics_deep_model")));
        Assert.Equal(result.Model.Sha256, table.Rows[0].Cell(table.ColumnIndex("diagnostics_deep_model_sha256")));

        // The dumped input is the network input the preprocessing gives for the patient's sagittal disc.
        var first = result.Outcomes[0].Case;
        var (values, shape) = NpyFile.Read(Path.Combine(inputs, first.Id + ".npy"));
        Assert.Equal([1L, 3, 224, 224], shape);
        var (image, mask) = ImageFile.ReadImageAndMask(first.ImagePath, first.MaskPath);
        Assert.Contains("sagittal_disc_rater1_repeat1", first.MaskPath);
        var expected = new RoiSlicePreprocessor(RoiSliceOptions.Default, 224, 224, DeepModel.ResNet18Normalization).Prepare(image, mask).Tensor;
        Assert.Equal(expected.Select(v => (double)v), values);
    }

    [Fact]
    public void An_existing_output_is_kept_without_force()
    {
        string output = dir.Write("deep.csv", "keep me\n");
        var options = new DeepExtractionOptions(data.SurgicalRiskImages!, output, ModelPath: DeepGolden.File("tiny_pool3.onnx"),
            Filter: new ImagesManifestFilter(ImagePlane.Axial));
        Assert.Throws<IOException>(() => DeepExtraction.Run(options));
        Assert.Equal("keep me\n", File.ReadAllText(output));
        var result = DeepExtraction.Run(options with { Force = true, Prefix = "ax_" });
        Assert.Equal("tiny_pool3", result.Model.Name);
        Assert.EndsWith("ax_2", File.ReadLines(output).First());
    }

    [Fact]
    public void An_images_manifest_needs_a_plane_and_a_plain_manifest_refuses_one()
    {
        var e = Assert.Throws<ManifestFormatException>(() => DeepManifest.Read(data.SurgicalRiskImages!, null));
        Assert.Contains("choose the plane", e.Message);
        string plain = dir.Write("cases.csv", "ID,Image,Mask\na,x.nii.gz,y.nii.gz\n");
        Assert.Throws<ManifestFormatException>(() => DeepManifest.Read(plain, new ImagesManifestFilter(ImagePlane.Axial)));
        var cases = DeepManifest.Read(data.SurgicalRiskImages!, new ImagesManifestFilter(ImagePlane.Axial, RoiKind.Nucleus));
        Assert.All(cases, c => Assert.Contains("axial_nucleus_rater1_repeat1", c.MaskPath));
    }

    [Fact]
    public void A_failing_case_of_an_id_image_mask_manifest_gets_an_error_row_and_the_others_go_on()
    {
        var cases = DeepManifest.Read(data.SurgicalRiskImages!, new ImagesManifestFilter(ImagePlane.Sagittal));
        string manifest = dir.Write("cases.csv",
            $"ID,Image,Mask\nok,{cases[0].ImagePath},{cases[0].MaskPath}\nbroken,{cases[1].ImagePath},{dir.PathOf("missing.nii.gz")}\n");
        string output = dir.PathOf("out.csv");
        var result = DeepExtraction.Run(new DeepExtractionOptions(manifest, output, ModelPath: DeepGolden.File("tiny_pool3.onnx")));
        Assert.Equal(1, result.Failures);
        var table = CsvTable.Read(output);
        Assert.Equal("", table.Rows[0].Cell(table.ColumnIndex("error")));
        Assert.Contains("missing.nii.gz", table.Rows[1].Cell(table.ColumnIndex("error")));
    }
}
