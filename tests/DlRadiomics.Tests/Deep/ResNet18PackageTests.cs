using DlRadiomics.Deep;
using Microsoft.ML.OnnxRuntime;

namespace DlRadiomics.Tests.Deep;

/// <summary>
/// The embedded ResNet18: our normalisation equals the package's own <c>ResNetPreprocess.onnx</c> run through ONNX
/// Runtime on PyTorch's resized pictures, and the features follow to 1e-4 relative.
/// </summary>
public class ResNet18PackageTests
{
    /// <summary>SHA-256 of ResNet18.onnx in Microsoft.ML.DnnImageFeaturizer.ResNet18 0.24.0 (models/resnet18-imagenet.md).</summary>
    private const string PackageSha256 = "e2552f19db2dfdb01b3669537b6a0f1b44da38d18279535492ed5dfc2ef1ff8f";

    [Fact]
    public void The_embedded_model_is_the_package_file_with_512_pooled_features()
    {
        var model = DeepModel.ResNet18();
        Assert.Equal(PackageSha256, model.Sha256);
        Assert.Equal("resnet18-imagenet", model.Name);
        using var network = new OnnxFeatureExtractor(model);
        Assert.Equal("Pooling395_Output_0", network.OutputNode);
        Assert.Equal(1, network.BatchSize);
    }

    [Theory]
    [MemberData(nameof(DeepGolden.CaseNames), MemberType = typeof(DeepGolden))]
    public void Tensor_and_features_match_the_package_preprocessing_graph(string name)
    {
        var golden = DeepGolden.Named(name);
        var (image, mask) = DeepGolden.Volume(name);
        using var extractor = new DeepFeatureExtractor(DeepModel.ResNet18(), DeepGolden.Options(golden), new DeepExtractorOptions(Threads: 1));
        var ours = extractor.Preprocessor.Prepare(image, mask);

        // Reference: PyTorch's resized picture as RGB pixels in [0, 255], through the package's own graph.
        var resized = DeepGolden.Array($"case_{name}_resized.npy");
        var rgb = Enumerable.Range(0, 3).SelectMany(_ => resized.Select(v => (float)(255 * v))).ToArray();
        using var graph = new InferenceSession(DeepModel.EmbeddedResNet18PreprocessPath);
        using var value = OrtValue.CreateTensorValueFromMemory(rgb, [1, 3, 224, 224]);
        using var runOptions = new RunOptions();
        using var output = graph.Run(runOptions, ["OriginalInput"], [value], ["PreprocessedInput"]);
        var reference = output[0].GetTensorDataAsSpan<float>().ToArray();

        DeepGolden.AssertClose(reference.Select(v => (double)v).ToArray(), ours.Tensor.Select(v => (double)v).ToArray(), 1e-4, $"{name} tensor");
        var expected = extractor.Network.Run([reference])[0];
        var actual = extractor.Extract(image, mask).Values;
        Assert.Equal(512, actual.Length);
        DeepGolden.AssertClose(expected.Select(v => (double)v).ToArray(), actual.Select(v => (double)v).ToArray(), 1e-4, $"{name} features");
    }
}
