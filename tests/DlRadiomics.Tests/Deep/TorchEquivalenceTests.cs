using DlRadiomics.Deep;

namespace DlRadiomics.Tests.Deep;

/// <summary>
/// Our preprocessing plus ONNX Runtime reproduce PyTorch's preprocessing plus forward pass of a ResNeXt50_32x4d with
/// fixed random weights (Golden/Deep/make_golden_deep.py; versions in versions.txt) to 1e-4 relative.
/// </summary>
public class TorchEquivalenceTests
{
    [Fact]
    public void ResNeXt50_features_match_pytorch_for_every_golden_case()
    {
        var model = DeepModel.ResNeXt50(DeepGolden.RandomResNeXt());
        using var network = new OnnxFeatureExtractor(model, new DeepExtractorOptions(BatchSize: 2, Threads: 1));
        Assert.Equal("features", network.OutputNode);
        var inputs = DeepGolden.Cases.Select(c =>
        {
            var (image, mask) = DeepGolden.Volume(c.Name);
            return new RoiSlicePreprocessor(DeepGolden.Options(c), model.Height, model.Width, model.Normalization).Prepare(image, mask).Tensor;
        }).ToArray();
        var features = network.Run(inputs);
        string versions = File.ReadAllText(DeepGolden.File("versions.txt"));
        foreach (var (c, f) in DeepGolden.Cases.Zip(features))
        {
            Assert.Equal(2048, f.Length);
            DeepGolden.AssertClose(DeepGolden.Array($"case_{c.Name}_features.npy"), f.Select(v => (double)v).ToArray(), 1e-4,
                $"{c.Name} (model sha256 {model.Sha256}; goldens made with {versions.Replace('\n', ' ')})");
        }
    }
}
