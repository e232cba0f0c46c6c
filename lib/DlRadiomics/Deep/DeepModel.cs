using System.Security.Cryptography;

namespace DlRadiomics.Deep;

/// <summary>
/// An ONNX image network used as a feature extractor, with what a result must say about it: its name, file and
/// SHA-256, the output read, the input size and the normalisation it was trained with.
/// </summary>
/// <param name="Name">Network name written beside every result (e.g. <c>resnet18-imagenet</c>).</param>
/// <param name="Path">The ONNX file.</param>
/// <param name="Sha256">SHA-256 of the file, lower-case hex.</param>
/// <param name="OutputNode">The default output: the pooled features before the classifier; null for a network of
/// unknown layout, whose first graph output is read.</param>
/// <param name="Height">Input height the network is fed.</param>
/// <param name="Width">Input width the network is fed.</param>
/// <param name="Normalization">Per-channel normalisation of its inputs.</param>
public sealed record DeepModel(string Name, string Path, string Sha256, string? OutputNode, int Height, int Width, InputNormalization Normalization)
{
    /// <summary>File name of the study's network when exported by <c>models/export_resnext50_32x4d.py</c>.</summary>
    public const string ResNeXt50FileName = "resnext50_32x4d.onnx";

    /// <summary>Output name given by <c>models/export_resnext50_32x4d.py</c> to the 2048 pooled features.</summary>
    public const string ResNeXt50OutputNode = "features";

    /// <summary>Where the build copies the package's ResNet18 (next to the program, under <c>models/</c>).</summary>
    public static string EmbeddedResNet18Path => System.IO.Path.Combine(AppContext.BaseDirectory, "models", "ResNet18.onnx");

    /// <summary>Where the build copies the package's preprocessing graph, kept to check <see cref="ResNet18Normalization"/>.</summary>
    public static string EmbeddedResNet18PreprocessPath => System.IO.Path.Combine(AppContext.BaseDirectory, "models", "ResNetPreprocess.onnx");

    /// <summary>
    /// The ResNet18 package's preprocessing, read from its <c>ResNetPreprocess.onnx</c> (<see cref="MeanImageGraph"/>):
    /// pixels in [0, 255], channels reordered RGB → BGR, minus CNTK's 224 × 224 ImageNet mean image, no division
    /// (<c>models/resnet18-imagenet.md</c>).
    /// </summary>
    public static InputNormalization ResNet18Normalization => resNet18Normalization.Value;

    private static readonly Lazy<InputNormalization> resNet18Normalization =
        new(() => MeanImageGraph.Read(EmbeddedResNet18PreprocessPath, "mlnet-resnet18-mean-image", 224, 224));

    /// <summary>
    /// The embedded default: the ImageNet-pretrained ResNet18 of NuGet's Microsoft.ML.DnnImageFeaturizer.ResNet18
    /// 0.24.0 (MIT), output <c>Pooling395_Output_0</c> (512 pooled features), 224 × 224.
    /// </summary>
    public static DeepModel ResNet18() => new("resnet18-imagenet", EmbeddedResNet18Path, Sha256Of(EmbeddedResNet18Path),
        "Pooling395_Output_0", 224, 224, ResNet18Normalization);

    /// <summary>
    /// torchvision's ResNeXt50_32x4d as written by <c>models/export_resnext50_32x4d.py</c>: output <c>features</c>
    /// (2048 pooled features), 224 × 224, torchvision's ImageNet normalisation.
    /// </summary>
    public static DeepModel ResNeXt50(string path) => new("resnext50_32x4d", path, Sha256Of(path), ResNeXt50OutputNode, 224, 224,
        InputNormalization.ImageNetTorchvision);

    /// <summary>
    /// The network to use: <paramref name="path"/> when given (the embedded ResNet18 when it is that file, otherwise
    /// a torchvision-convention network named after the file, whose output is its first graph output unless the
    /// extractor names one); otherwise <c>models/resnext50_32x4d.onnx</c> under <paramref name="searchFolders"/> when
    /// present; otherwise the embedded ResNet18. The returned record's name says which was chosen.
    /// </summary>
    public static DeepModel Resolve(string? path, params string[] searchFolders)
    {
        if (path is not null)
        {
            if (!File.Exists(path)) throw new DeepModelException(ModelProblem.Unreadable, $"model '{path}' does not exist; give an ONNX file exported with models/export_resnext50_32x4d.py or any image network");
            string hash = Sha256Of(path);
            if (File.Exists(EmbeddedResNet18Path) && hash == Sha256Of(EmbeddedResNet18Path)) return ResNet18();
            if (System.IO.Path.GetFileName(path) == ResNeXt50FileName) return ResNeXt50(path);
            return new DeepModel(System.IO.Path.GetFileNameWithoutExtension(path), System.IO.Path.GetFullPath(path), hash, null, 224, 224, InputNormalization.ImageNetTorchvision);
        }
        foreach (string folder in searchFolders)
        {
            string candidate = System.IO.Path.Combine(folder, "models", ResNeXt50FileName);
            if (File.Exists(candidate)) return ResNeXt50(System.IO.Path.GetFullPath(candidate));
        }
        if (!File.Exists(EmbeddedResNet18Path))
            throw new DeepModelException(ModelProblem.Unreadable, $"the embedded ResNet18 is missing at '{EmbeddedResNet18Path}'; rebuild (it is copied from the Microsoft.ML.DnnImageFeaturizer.ResNet18 package) or pass a model");
        return ResNet18();
    }

    /// <summary>SHA-256 of a file, lower-case hex.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>"name (sha256 prefix)", for messages.</summary>
    public override string ToString() => $"{Name} ({Sha256[..12]})";
}
