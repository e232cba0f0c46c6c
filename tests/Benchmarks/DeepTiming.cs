using System.Diagnostics;
using System.Globalization;
using DlRadiomics.Deep;
using DlRadiomics.Imaging;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Times deep-feature extraction for run-deep.sh: <see cref="DeepFeatureExtractor"/> (ROI preprocessing + one ONNX
/// Runtime session) over <c>N</c> image/mask cases, and the forward pass alone on the same network inputs; writes those
/// inputs and our features as .npy so reference/deep_timing.py times PyTorch on exactly the same tensors and checks
/// the features agree. Each time is the faster of <see cref="Repeats"/> runs after one warm-up run. Prints
/// tab-separated lines "network engine stage images seconds images/s".
/// </summary>
public static class DeepTiming
{
    public const int Repeats = 2;

    /// <summary><c>deep MODEL.onnx|resnet18 GOLDEN_DIR N BATCH THREADS OUT_PREFIX</c>.</summary>
    public static int Run(string[] args)
    {
        if (args is not [var modelArg, var golden, var countText, var batchText, var threadsText, var outPrefix])
        {
            Console.Error.WriteLine("usage: deep MODEL.onnx|resnet18 GOLDEN_DIR N BATCH THREADS OUT_PREFIX");
            return 2;
        }
        int count = int.Parse(countText, CultureInfo.InvariantCulture), batch = int.Parse(batchText, CultureInfo.InvariantCulture);
        int threads = int.Parse(threadsText, CultureInfo.InvariantCulture);
        var model = modelArg == "resnet18" ? DeepModel.ResNet18() : DeepModel.ResNeXt50(modelArg);
        var volumes = new[] { "upsample", "downsample", "border_percentile" }.Select(name => Volume(golden, name)).ToArray();
        // Margins vary so each of the N cases gives a different picture.
        var cases = Enumerable.Range(0, count).Select(n => (volumes[n % 3], Margin: 2 + n)).ToArray();
        using var extractor = new DeepFeatureExtractor(model, options: new DeepExtractorOptions(batch, threads));
        var preprocessors = cases.Select(c => new RoiSlicePreprocessor(RoiSliceOptions.Default with { Margin = c.Margin }, model.Height, model.Width, model.Normalization)).ToArray();

        float[][] Pipeline() => extractor.Network.Run(cases.Select((c, n) => preprocessors[n].Prepare(c.Item1.Image, c.Item1.Mask).Tensor).ToArray());
        var inputs = cases.Select((c, n) => preprocessors[n].Prepare(c.Item1.Image, c.Item1.Mask).Tensor).ToArray();
        float[][] features = [];
        double pipeline = Best(() => features = Pipeline());
        double forward = Best(() => extractor.Network.Run(inputs));
        Console.WriteLine($"{model.Name}\tDlRadiomics (ONNX Runtime)\tpreprocessing + forward\t{count}\t{pipeline:F3}\t{count / pipeline:F2}");
        Console.WriteLine($"{model.Name}\tDlRadiomics (ONNX Runtime)\tforward\t{count}\t{forward:F3}\t{count / forward:F2}");
        using (var stream = File.Create(outPrefix + "_inputs.npy")) NpyFile.Write(stream, inputs.SelectMany(t => t).ToArray(), [count, 3, model.Height, model.Width]);
        using (var stream = File.Create(outPrefix + "_features.npy")) NpyFile.Write(stream, features.SelectMany(f => f).ToArray(), [count, features[0].Length]);
        return 0;
    }

    private static double Best(Action run)
    {
        run();
        double best = double.MaxValue;
        for (int r = 0; r < Repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static (VoxelImage Image, LabelMask Mask) Volume(string folder, string name)
    {
        var (image, shape) = NpyFile.Read(Path.Combine(folder, $"case_{name}_image.npy"));
        var (mask, _) = NpyFile.Read(Path.Combine(folder, $"case_{name}_mask.npy"));
        var geometry = new ImageGeometry(new Size3((int)shape[2], (int)shape[1], (int)shape[0]), new Vec3(1, 1, 1), new Vec3(0, 0, 0), Direction.Identity);
        return (new VoxelImage(geometry, image), new LabelMask(geometry, mask.Select(v => (int)v).ToArray()));
    }
}
