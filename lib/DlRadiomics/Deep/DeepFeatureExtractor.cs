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
    /// Features of every case, in order. Cases are read and preprocessed one at a time and run through the network
    /// <see cref="OnnxFeatureExtractor.BatchSize"/> at a time; a case whose files cannot be read, whose mask is not on
    /// the image's grid or whose ROI is empty or too small gets its error and the batch goes on.
    /// </summary>
    /// <param name="cases">Image and mask pairs (the <see cref="ExtractionCase.Label"/> overrides the ROI label).</param>
    /// <param name="prepared">Called with each case's network input before it is run (e.g. to save it).</param>
    /// <param name="completed">Called as each case ends.</param>
    public IReadOnlyList<DeepCaseOutcome> Run(IReadOnlyList<ExtractionCase> cases,
        Action<ExtractionCase, NetworkInput>? prepared = null, Action<DeepCaseOutcome>? completed = null)
    {
        var outcomes = new DeepCaseOutcome[cases.Count];
        var pending = new List<(int Index, NetworkInput Input)>(Network.BatchSize);
        void Flush()
        {
            if (pending.Count == 0) return;
            float[][]? values = null;
            string? error = null;
            try { values = Network.Run(pending.Select(p => p.Input.Tensor).ToArray()); }
            catch (OnnxRuntimeException e) { error = $"{Model.Name} failed on this batch: {e.Message}"; }
            foreach (var (n, (index, input)) in pending.Index())
                Complete(index, values is null ? new DeepCaseOutcome(cases[index], null, error) : new DeepCaseOutcome(cases[index], Features(input, values[n]), null));
            pending.Clear();
        }
        void Complete(int index, DeepCaseOutcome outcome)
        {
            outcomes[index] = outcome;
            completed?.Invoke(outcome);
        }

        for (int index = 0; index < cases.Count; index++)
        {
            var c = cases[index];
            try
            {
                var (image, mask) = ImageFile.ReadImageAndMask(c.ImagePath, c.MaskPath, c.Roi, c.SeriesUid);
                var preprocessor = c.Label is int label && label != Preprocessor.Options.Label
                    ? new RoiSlicePreprocessor(Preprocessor.Options with { Label = label }, Preprocessor.Height, Preprocessor.Width, Preprocessor.Normalization)
                    : Preprocessor;
                var input = preprocessor.Prepare(image, mask, c.ImagePath, c.MaskPath);
                prepared?.Invoke(c, input);
                pending.Add((index, input));
            }
            catch (Exception e) when (e is DlRadiomicsException or IOException or UnauthorizedAccessException)
            {
                Complete(index, new DeepCaseOutcome(c, null, e.Message));
            }
            if (pending.Count == Network.BatchSize) Flush();
        }
        Flush();
        return outcomes;
    }

    private static DeepFeatures Features(NetworkInput input, float[] values) =>
        new(values, input.Slice.Axis, input.Slice.Index, input.Slice.RoiPixels, input.Crop);

    public void Dispose() => Network.Dispose();
}
