using Microsoft.ML.OnnxRuntime;

namespace DlRadiomics.Deep;

/// <summary>
/// Reads the normalisation of a mean-subtraction preprocessing graph (such as the ResNet18 package's
/// <c>ResNetPreprocess.onnx</c>: RGB → BGR, then minus a 3 × H × W mean image) by running it: for a grey picture,
/// identical on the three channels, the graph computes p − M[c, r, w], so M = −graph(0), and graph(255) − graph(0)
/// must be 255 everywhere (slope 1, no division) for the reading to hold.
/// </summary>
public static class MeanImageGraph
{
    /// <summary>The graph's normalisation as an <see cref="InputNormalization"/> on pixels scaled by 255.</summary>
    /// <exception cref="DeepModelException">The graph is not one N × 3 × H × W float input, or does not subtract a fixed image.</exception>
    public static InputNormalization Read(string path, string name, int height, int width)
    {
        if (!File.Exists(path)) throw new DeepModelException(ModelProblem.Unreadable, $"preprocessing graph '{path}' does not exist; rebuild to copy it from the package");
        using var session = new InferenceSession(path);
        string input = session.InputMetadata.Keys.Single(), output = session.OutputMetadata.Keys.Single();
        int length = 3 * height * width;
        float[] Run(float value)
        {
            var data = Enumerable.Repeat(value, length).ToArray();
            using var tensor = OrtValue.CreateTensorValueFromMemory(data, [1, 3, height, width]);
            using var runOptions = new RunOptions();
            using var result = session.Run(runOptions, [input], [tensor], [output]);
            return result[0].GetTensorDataAsSpan<float>().ToArray();
        }
        var atZero = Run(0);
        var atFull = Run(255);
        for (int n = 0; n < length; n++)
            if (Math.Abs(atFull[n] - atZero[n] - 255) > 1e-3)
                throw new DeepModelException(ModelProblem.Unreadable, $"preprocessing graph '{path}' does not subtract a fixed image (value {n}: 255 ↦ {atFull[n]}, 0 ↦ {atZero[n]})");
        var mean = atZero.Select(v => -v).ToArray();
        int plane = height * width;
        var channelMeans = Enumerable.Range(0, 3).Select(c => mean.AsSpan(c * plane, plane).ToArray().Average(v => (double)v)).ToArray();
        return new InputNormalization(name, 255, channelMeans, [1, 1, 1], mean);
    }
}
