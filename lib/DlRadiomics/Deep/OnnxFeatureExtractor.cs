using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace DlRadiomics.Deep;

/// <summary>
/// One ONNX Runtime session over an image network, reused for every batch: N × 3 × H × W float inputs in, one output
/// node's values per image out (flattened, so a pooled N × C × 1 × 1 output gives C features).
/// </summary>
/// <remarks>
/// The session runs on the CPU with the configured intra-op threads, one inter-op thread and all graph optimisations.
/// <see cref="Run"/> may be called from several threads at once (ONNX Runtime sessions allow concurrent runs); with
/// <see cref="DeepExtractorOptions.Threads"/> = 0 each call runs on its caller's thread and <see cref="Concurrency"/>
/// says how many calls to make at once.
/// Only the inputs of one batch and the feature vectors are held, so memory stays flat however many images pass.
/// A model whose batch axis is fixed at 1 is run one image at a time.
/// </remarks>
public sealed class OnnxFeatureExtractor : IDisposable
{
    private readonly InferenceSession session;
    private readonly long[] inputDims;

    /// <exception cref="DeepModelException">The file is not a model, its input is not one N × 3 × H × W float tensor,
    /// or the output node is not one of its outputs (the message lists them).</exception>
    public OnnxFeatureExtractor(DeepModel model, DeepExtractorOptions? options = null)
    {
        options ??= DeepExtractorOptions.Default;
        if (options.BatchSize < 1) throw new ArgumentException($"BatchSize = {options.BatchSize}; it must be at least 1");
        if (options.Threads < 0) throw new ArgumentException($"Threads = {options.Threads}; it must be 0 (ONNX Runtime's choice) or more");
        Model = model;
        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.Threads == 0 ? 1 : options.Threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try { session = new InferenceSession(model.Path, sessionOptions); }
        catch (OnnxRuntimeException e)
        {
            throw new DeepModelException(ModelProblem.Unreadable, $"model '{model.Path}' could not be loaded by ONNX Runtime: {e.Message}", e);
        }
        try
        {
            (InputName, inputDims) = CheckInput(model, session);
            OutputNode = options.OutputNode ?? model.OutputNode ?? session.OutputMetadata.Keys.First();
            if (!session.OutputMetadata.ContainsKey(OutputNode))
                throw new DeepModelException(ModelProblem.OutputNodeMissing,
                    $"model '{model.Path}' has no output '{OutputNode}'; available outputs: {string.Join(", ", session.OutputMetadata.Select(o => $"{o.Key} [{Dims(o.Value.Dimensions)}]"))}");
        }
        catch
        {
            session.Dispose();
            throw;
        }
        BatchSize = inputDims[0] > 0 ? (int)inputDims[0] : options.BatchSize;
        Concurrency = options.Threads == 0 ? Environment.ProcessorCount : 1;
    }

    public DeepModel Model { get; }

    /// <summary>The model's input name.</summary>
    public string InputName { get; }

    /// <summary>The output read.</summary>
    public string OutputNode { get; }

    /// <summary>Images per forward pass.</summary>
    public int BatchSize { get; }

    /// <summary>Batches to run at once: one per core when each runs on one thread, else 1.</summary>
    public int Concurrency { get; }

    /// <summary>Values per image: 3 × <see cref="DeepModel.Height"/> × <see cref="DeepModel.Width"/>.</summary>
    public int InputLength => 3 * Model.Height * Model.Width;

    /// <summary>
    /// Features of each input (each 3 × H × W floats, C order), in order, <see cref="BatchSize"/> images per pass.
    /// </summary>
    public float[][] Run(IReadOnlyList<float[]> inputs)
    {
        var features = new float[inputs.Count][];
        var buffer = new float[Math.Min(BatchSize, Math.Max(1, inputs.Count)) * InputLength];
        for (int start = 0; start < inputs.Count; start += BatchSize)
        {
            int n = Math.Min(BatchSize, inputs.Count - start);
            for (int b = 0; b < n; b++)
            {
                if (inputs[start + b].Length != InputLength)
                    throw new ArgumentException($"input {start + b} has {inputs[start + b].Length} values; {Model.Name} takes 3×{Model.Height}×{Model.Width} = {InputLength}");
                inputs[start + b].CopyTo(buffer, b * InputLength);
            }
            var batch = RunBatch(buffer.AsMemory(0, n * InputLength), n);
            for (int b = 0; b < n; b++) features[start + b] = batch[b];
        }
        return features;
    }

    private float[][] RunBatch(Memory<float> data, int n)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, data, [n, 3, Model.Height, Model.Width]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [InputName], [input], [OutputNode]);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        int per = values.Length / n;
        var result = new float[n][];
        for (int b = 0; b < n; b++) result[b] = values.Slice(b * per, per).ToArray();
        return result;
    }

    private static (string Name, long[] Dims) CheckInput(DeepModel model, InferenceSession session)
    {
        var inputs = session.InputMetadata;
        string Describe() => string.Join(", ", inputs.Select(i => $"{i.Key} {i.Value.ElementDataType} [{Dims(i.Value.Dimensions)}]"));
        if (inputs.Count != 1)
            throw new DeepModelException(ModelProblem.InputNotImageTensor, $"model '{model.Path}' has {inputs.Count} inputs ({Describe()}); a feature extractor takes one N×3×H×W float image tensor");
        var (name, meta) = inputs.First();
        var dims = meta.Dimensions.Select(d => (long)d).ToArray();
        bool sizeFits(long declared, int wanted) => declared <= 0 || declared == wanted;
        if (!meta.IsTensor || meta.ElementDataType != TensorElementType.Float || dims.Length != 4 || !(dims[1] == 3 || dims[1] <= 0)
            || !sizeFits(dims[2], model.Height) || !sizeFits(dims[3], model.Width) || dims[0] > 1)
            throw new DeepModelException(ModelProblem.InputNotImageTensor,
                $"model '{model.Path}' takes {Describe()}; a feature extractor here needs N×3×{model.Height}×{model.Width} float (batch N free or 1): export the network with a 3-channel float image input of that size");
        return (name, dims);
    }

    private static string Dims(int[] dims) => string.Join("×", dims.Select(d => d <= 0 ? "N" : d.ToString()));

    public void Dispose() => session.Dispose();
}
