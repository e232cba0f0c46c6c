using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Batch;
using Microsoft.ML.OnnxRuntime;

namespace DlRadiomics.Deep;

/// <summary>
/// Deep features of ROIs: <see cref="RoiSlicePreprocessor"/> makes each case's network input and one
/// <see cref="OnnxFeatureExtractor"/> session computes the features, batch by batch.
/// </summary>
/// <example>
/// <code>
/// using var extractor = new DeepFeatureExtractor(DeepModel.Resolve(null, "."));
/// var input = extractor.Preprocessor.Prepare(image, mask);      // what the network sees
/// float[] features = extractor.Extract(image, mask).Values;     // 512 for ResNet18, 2048 for ResNeXt50_32x4d
/// </code>
/// </example>
public sealed class DeepFeatureExtractor : IDisposable
{
    public DeepFeatureExtractor(DeepModel model, RoiSliceOptions? roi = null, DeepExtractorOptions? options = null)
    {
        Preprocessor = new RoiSlicePreprocessor(roi ?? RoiSliceOptions.Default, model.Height, model.Width, model.Normalization);
        Network = new OnnxFeatureExtractor(model, options);
    }

    public RoiSlicePreprocessor Preprocessor { get; }
    public OnnxFeatureExtractor Network { get; }
    public DeepModel Model => Network.Model;

    /// <summary>Features of one image and mask.</summary>
    public DeepFeatures Extract(VoxelImage image, LabelMask mask)
    {
        var input = Preprocessor.Prepare(image, mask);
        return Features(input, Network.Run([input.Tensor])[0]);
    }

    /// <summary>
    /// Features of every case, in order. Cases go through the network <see cref="OnnxFeatureExtractor.BatchSize"/> at a
    /// time, <see cref="OnnxFeatureExtractor.Concurrency"/> batches at once, each batch's cases read and preprocessed
    /// by the thread that runs it; the batches are the same whatever the concurrency, so are the features. A case
    /// whose files cannot be read, whose mask is not on the image's grid or whose ROI is empty or too small gets its
    /// error and the batch goes on.
    /// </summary>
    /// <param name="cases">Image and mask pairs (the <see cref="ExtractionCase.Label"/> overrides the ROI label).</param>
    /// <param name="prepared">Called with each case's network input (e.g. to save it), in case order, one call at a time.</param>
    /// <param name="completed">Called as each case ends, in case order, one call at a time.</param>
    public IReadOnlyList<DeepCaseOutcome> Run(IReadOnlyList<ExtractionCase> cases,
        Action<ExtractionCase, NetworkInput>? prepared = null, Action<DeepCaseOutcome>? completed = null)
    {
        var outcomes = new DeepCaseOutcome[cases.Count];
        int batches = (cases.Count + Network.BatchSize - 1) / Network.BatchSize;
        var inputs = new List<(int Index, NetworkInput Input)>?[batches];
        var reporting = new object();
        int reported = 0;
        Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = Network.Concurrency }, batch =>
        {
            int first = batch * Network.BatchSize, end = Math.Min(cases.Count, first + Network.BatchSize);
            var pending = new List<(int Index, NetworkInput Input)>(end - first);
            for (int index = first; index < end; index++)
            {
                var c = cases[index];
                try
                {
                    var (image, mask) = ImageFile.ReadImageAndMask(c.ImagePath, c.MaskPath, c.Roi, c.SeriesUid);
                    var preprocessor = c.Label is int label && label != Preprocessor.Options.Label
                        ? new RoiSlicePreprocessor(Preprocessor.Options with { Label = label }, Preprocessor.Height, Preprocessor.Width, Preprocessor.Normalization)
                        : Preprocessor;
                    pending.Add((index, preprocessor.Prepare(image, mask, c.ImagePath, c.MaskPath)));
                }
                catch (Exception e) when (e is DlRadiomicsException or IOException or UnauthorizedAccessException)
                {
                    outcomes[index] = new DeepCaseOutcome(c, null, e.Message);
                }
            }
            if (pending.Count > 0)
            {
                float[][]? values = null;
                string? error = null;
                try { values = Network.Run(pending.Select(p => p.Input.Tensor).ToArray()); }
                catch (OnnxRuntimeException e) { error = $"{Model.Name} failed on this batch: {e.Message}"; }
                foreach (var (n, (index, input)) in pending.Index())
                    outcomes[index] = values is null ? new DeepCaseOutcome(cases[index], null, error) : new DeepCaseOutcome(cases[index], Features(input, values[n]), null);
            }
            // Batches end in any order; each is reported once every batch before it has been.
            lock (reporting)
            {
                inputs[batch] = pending;
                for (; reported < batches && inputs[reported] is { } done; inputs[reported++] = null)
                {
                    if (prepared is not null)
                        foreach (var (index, input) in done)
                        {
                            try { prepared(cases[index], input); }
                            catch (Exception e) when (e is DlRadiomicsException or IOException or UnauthorizedAccessException)
                            {
                                outcomes[index] = new DeepCaseOutcome(cases[index], null, e.Message);
                            }
                        }
                    if (completed is not null)
                        for (int index = reported * Network.BatchSize; index < Math.Min(cases.Count, (reported + 1) * Network.BatchSize); index++) completed(outcomes[index]);
                }
            }
        });
        return outcomes;
    }

    private static DeepFeatures Features(NetworkInput input, float[] values) =>
        new(values, input.Slice.Axis, input.Slice.Index, input.Slice.RoiPixels, input.Crop);

    public void Dispose() => Network.Dispose();
}
