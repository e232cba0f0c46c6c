using System.Globalization;
using DlRadiomics.Radiomics;
using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Deep;

/// <summary>
/// Writes deep features in <c>dlr extract</c>'s table layout (<see cref="FeatureTable"/>: ID, Image, Mask, Label, the
/// diagnostics, the features, an <c>error</c> column when a case failed; atomic write): the diagnostics name the
/// network (<c>diagnostics_deep_model</c>, its SHA-256, the output node and the normalisation) and where the picture
/// came from (slice axis and index, ROI pixels, crop box); the features are <c>&lt;prefix&gt;0</c> …
/// <c>&lt;prefix&gt;{d−1}</c>.
/// </summary>
public static class DeepFeatureTable
{
    /// <summary>The outcomes as rows of <see cref="FeatureTable"/>.</summary>
    public static IReadOnlyList<CaseOutcome> Rows(IReadOnlyList<DeepCaseOutcome> outcomes, OnnxFeatureExtractor network, string prefix) =>
        outcomes.Select(o => new CaseOutcome(o.Case, o.Features is null ? null : Result(o.Features, network, prefix), o.Error)).ToArray();

    public static void Write(string path, IReadOnlyList<DeepCaseOutcome> outcomes, OnnxFeatureExtractor network, string prefix, bool overwrite) =>
        FeatureTable.Write(path, Rows(outcomes, network, prefix), overwrite);

    private static RadiomicsResult Result(DeepFeatures f, OnnxFeatureExtractor network, string prefix)
    {
        string Text(int v) => v.ToString(CultureInfo.InvariantCulture);
        KeyValuePair<string, string>[] diagnostics =
        [
            new("diagnostics_deep_model", network.Model.Name),
            new("diagnostics_deep_model_sha256", network.Model.Sha256),
            new("diagnostics_deep_output_node", network.OutputNode),
            new("diagnostics_deep_normalization", network.Model.Normalization.Name),
            new("diagnostics_deep_slice_axis", Text(f.SliceAxis)),
            new("diagnostics_deep_slice_index", Text(f.SliceIndex)),
            new("diagnostics_deep_roi_pixels", Text(f.RoiPixels)),
            new("diagnostics_deep_crop_row", Text(f.Crop.Row)),
            new("diagnostics_deep_crop_column", Text(f.Crop.Column)),
            new("diagnostics_deep_crop_rows", Text(f.Crop.Rows)),
            new("diagnostics_deep_crop_columns", Text(f.Crop.Columns)),
        ];
        return new RadiomicsResult(diagnostics, f.Values.Select((v, i) => new KeyValuePair<string, double>(prefix + Text(i), v)).ToArray());
    }
}
