using System.Diagnostics;
using DlRadiomics.Deep;
using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Cohort;

/// <summary>
/// A named deep-feature set of a study: the penultimate-layer features of an ImageNet network on the largest ROI slice
/// of one ROI of every patient (first rater, first delineation). Fan et al. 2024's DL_SAG and DL_AXI come from
/// ResNeXt-50 32×4d (2048 features, then PCA to 32).
/// </summary>
/// <param name="Name">Set name as the paper writes it (<c>DL_SAG</c>).</param>
/// <param name="Roi">The region of interest.</param>
public sealed record DeepFeatureSet(string Name, RoiKind Roi)
{
    public static DeepFeatureSet DlSag { get; } = new("DL_SAG", RoiKind.Disc);

    public static DeepFeatureSet DlAxi { get; } = new("DL_AXI", RoiKind.Canal);

    /// <summary>File name of the set's feature table for <paramref name="model"/> among the intermediate results.</summary>
    public string FileName(DeepModel model) => $"deep-{Name}-{model.Name}.csv";

    /// <summary>
    /// The path of the set's feature table for the patients of <paramref name="manifest"/>, computed with
    /// <paramref name="model"/> when <paramref name="artifacts"/> does not hold it yet (a failed case gets its error).
    /// </summary>
    public FeatureSetExtraction Ensure(string manifest, AnalysisArtifacts artifacts, DeepModel model, DeepExtractorOptions? options = null, Action<DeepCaseOutcome>? completed = null)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<DeepCaseOutcome> outcomes = [];
        var path = artifacts.Ensure(FileName(model), temp =>
        {
            using var extractor = new DeepFeatureExtractor(model, options: options);
            outcomes = extractor.Run(ImageManifest.Cases(ImageManifest.Read(manifest), Roi), completed: completed);
            DeepFeatureColumns.Write(temp, outcomes);
        }, out var extracted);
        return new FeatureSetExtraction(Name, path, extracted, extracted ? outcomes.Count : 0, extracted ? outcomes.Count(o => o.Failed) : 0, clock.Elapsed);
    }
}
