using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Preprocessing;

/// <summary>A z-score standardisation fitted on training rows; <see cref="Transform"/> applies it to any rows.</summary>
/// <param name="Mean">Training mean per feature.</param>
/// <param name="Scale">Training standard deviation per feature; 1 for a constant feature (as scikit-learn), which
/// then maps to 0 — <see cref="ConstantFeatures"/> lists them so they can be dropped.</param>
/// <param name="ConstantFeatures">Indices of features with zero training variance.</param>
/// <param name="Options">The settings used.</param>
public sealed record ZScoreModel(double[] Mean, double[] Scale, int[] ConstantFeatures, ZScoreOptions Options)
{
    /// <summary>(x − mean) / scale per feature, as new rows.</summary>
    public double[][] Transform(double[][] rows)
    {
        FeatureRows.Columns(rows);
        if (rows[0].Length != Mean.Length)
            throw new ModelInputException($"rows have {rows[0].Length} features but the standardisation was fitted on {Mean.Length}");
        return rows.Select(r => r.Select((v, j) => (v - Mean[j]) / Scale[j]).ToArray()).ToArray();
    }
}
