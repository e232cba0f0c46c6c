using DlRadiomics.Statistics.Selection;

namespace DlRadiomics.Statistics.Preprocessing;

/// <summary>Principal components fitted on training rows (scikit-learn <c>PCA</c> attributes).</summary>
/// <param name="Mean">Training mean per feature (<c>mean_</c>).</param>
/// <param name="Components">Component loadings, one row per component (<c>components_</c>, k × p).</param>
/// <param name="ExplainedVariance">Variance along each component, s²/(n − 1) (<c>explained_variance_</c>).</param>
/// <param name="ExplainedVarianceRatio">Share of the total variance (<c>explained_variance_ratio_</c>).</param>
/// <param name="SingularValues">Singular values of the centred training matrix (<c>singular_values_</c>).</param>
public sealed record PcaModel(double[] Mean, double[][] Components, double[] ExplainedVariance,
    double[] ExplainedVarianceRatio, double[] SingularValues)
{
    /// <summary>Scores (x − mean)·Vᵀ of each row on the kept components.</summary>
    public double[][] Transform(double[][] rows)
    {
        FeatureRows.Columns(rows);
        if (rows[0].Length != Mean.Length)
            throw new ModelInputException($"rows have {rows[0].Length} features but the PCA was fitted on {Mean.Length}");
        return rows.Select(r =>
        {
            var s = new double[Components.Length];
            for (int c = 0; c < s.Length; c++)
                for (int j = 0; j < Mean.Length; j++) s[c] += (r[j] - Mean[j]) * Components[c][j];
            return s;
        }).ToArray();
    }
}
