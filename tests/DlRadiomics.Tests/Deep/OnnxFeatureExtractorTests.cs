using DlRadiomics.Deep;

namespace DlRadiomics.Tests.Deep;

/// <summary>The ONNX session: input checks, output node choice, batching (tiny graphs from make_golden_deep.py).</summary>
public class OnnxFeatureExtractorTests
{
    private static DeepModel Tiny(string name) => DeepModel.Resolve(DeepGolden.File($"tiny_{name}.onnx"));

    [Theory]
    [InlineData("grey_input", "image Float [N×1×224×224]")]
    [InlineData("double_input", "image Double [N×3×224×224]")]
    public void A_model_whose_input_is_not_n_3_h_w_float_is_refused_naming_its_input(string name, string described)
    {
        var e = Assert.Throws<DeepModelException>(() => new OnnxFeatureExtractor(Tiny(name)));
        Assert.Equal(ModelProblem.InputNotImageTensor, e.Problem);
        Assert.Contains(described, e.Message);
        Assert.Contains("N×3×224×224 float", e.Message);
    }

    [Fact]
    public void A_missing_output_node_lists_the_available_outputs()
    {
        var e = Assert.Throws<DeepModelException>(() => new OnnxFeatureExtractor(Tiny("pool3"), new DeepExtractorOptions(OutputNode: "features")));
        Assert.Equal(ModelProblem.OutputNodeMissing, e.Problem);
        Assert.Contains("no output 'features'", e.Message);
        Assert.Contains("available outputs: pooled [N×3×1×1]", e.Message);
    }

    [Fact]
    public void A_missing_model_file_is_named()
    {
        var e = Assert.Throws<DeepModelException>(() => DeepModel.Resolve("/nonexistent/net.onnx"));
        Assert.Equal(ModelProblem.Unreadable, e.Problem);
        Assert.Contains("/nonexistent/net.onnx", e.Message);
    }

    [Fact]
    public void A_model_of_unknown_layout_reads_its_first_output_and_is_named_after_its_file()
    {
        var model = Tiny("pool3");
        Assert.Equal("tiny_pool3", model.Name);
        using var network = new OnnxFeatureExtractor(model);
        Assert.Equal("pooled", network.OutputNode);
    }

    [Fact]
    public void Batches_give_each_image_its_own_features_in_order()
    {
        // The pooled output of a global average pool is each channel's mean: computed here independently.
        var random = new Random(3);
        var inputs = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, 3 * 224 * 224).Select(_ => (float)random.NextDouble()).ToArray()).ToArray();
        using var network = new OnnxFeatureExtractor(Tiny("pool3"), new DeepExtractorOptions(BatchSize: 2, Threads: 1));
        var features = network.Run(inputs);
        Assert.Equal(5, features.Length);
        for (int n = 0; n < 5; n++)
            for (int c = 0; c < 3; c++)
                Assert.Equal(inputs[n].Skip(c * 224 * 224).Take(224 * 224).Average(v => (double)v), features[n][c], 5);
    }

    [Fact]
    public void An_existing_resnext_file_under_models_is_chosen_over_the_embedded_network()
    {
        string folder = Directory.CreateTempSubdirectory("dlr-deep-").FullName;
        try
        {
            Assert.Equal("resnet18-imagenet", DeepModel.Resolve(null, folder).Name);
            Directory.CreateDirectory(Path.Combine(folder, "models"));
            File.Copy(DeepGolden.File("tiny_pool3.onnx"), Path.Combine(folder, "models", DeepModel.ResNeXt50FileName));
            var chosen = DeepModel.Resolve(null, folder);
            Assert.Equal("resnext50_32x4d", chosen.Name);
            Assert.Equal(DeepModel.ResNeXt50OutputNode, chosen.OutputNode);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
