namespace DlRadiomics.Deep;

/// <summary>Settings of the ONNX Runtime session of <see cref="OnnxFeatureExtractor"/>.</summary>
/// <param name="BatchSize">Images per forward pass (a model with a fixed batch of 1 runs one at a time).</param>
/// <param name="Threads">Intra-op threads of the session, batches run one after another; 0 runs one batch per core at
/// once, each on a single thread (the same features: a batch's arithmetic does not depend on its threads, and no
/// thread spins waiting for another's part of a layer).</param>
/// <param name="OutputNode">Model output to read; null takes the model's pooled-feature output
/// (<see cref="DeepModel.OutputNode"/>).</param>
public sealed record DeepExtractorOptions(int BatchSize = 8, int Threads = 0, string? OutputNode = null)
{
    public static DeepExtractorOptions Default { get; } = new();
}
