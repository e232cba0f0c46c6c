using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Deep;

/// <summary>
/// The deep-learning radiomics (DLR) fusion of the surgical-risk study: each plane's deep features are reduced by PCA
/// to <see cref="DlrFusionOptions.Components"/> scores, placed beside the radiomics features, and every column is
/// z-scored; the PCAs and the z-scoring are fitted on the training cohort only and applied unchanged to the test
/// cohort.
/// </summary>
/// <remarks>
/// For a training matrix D_p (patients × network features) of plane p, PCA gives D_p ≈ 1·μ_pᵀ + S_p V_pᵀ and the scores
/// S_p = (D_p − 1·μ_pᵀ) V_p[:, 1..k] (<see cref="PrincipalComponents"/>, scikit-learn's sign convention). The fused
/// row is [r, s_SAG, s_AXI] and each column j is z-scored, z = (x − x̄_j) / s_j, with x̄_j and s_j from training
/// (<see cref="ZScore"/>). With no radiomics columns this is the DL_SAG or DL_AXI model's input; with radiomics and
/// both planes, the DLR input that feature selection (LASSO) then works on.
/// </remarks>
public static class DlrFusion
{
    /// <param name="radiomicsTraining">Training patients × radiomics features, or null for deep features alone.</param>
    /// <param name="radiomicsNames">Names of the radiomics columns (as many as its columns), or null with it.</param>
    /// <param name="deepTraining">One block per plane, rows in the same patient order.</param>
    /// <param name="options">Components kept and z-score divisor.</param>
    public static FittedDlrFusion Fit(double[][]? radiomicsTraining, IReadOnlyList<string>? radiomicsNames,
        IReadOnlyList<DeepFeatureBlock> deepTraining, DlrFusionOptions? options = null)
    {
        options ??= DlrFusionOptions.Default;
        if (deepTraining.Count == 0 && radiomicsTraining is null) throw new ModelInputException("DLR fusion needs radiomics features, deep features or both");
        int rows = radiomicsTraining?.Length ?? deepTraining[0].Rows.Length;
        foreach (var block in deepTraining)
            if (block.Rows.Length != rows)
                throw new ModelInputException($"deep block '{block.Name}' has {block.Rows.Length} training rows but the fusion has {rows}; give every block the same patients in the same order");
        int radiomicsColumns = radiomicsTraining is null ? 0 : radiomicsTraining[0].Length;
        if ((radiomicsNames?.Count ?? 0) != radiomicsColumns)
            throw new ModelInputException($"{radiomicsNames?.Count ?? 0} radiomics names for {radiomicsColumns} radiomics columns");
        var pcas = deepTraining.Select(b => (b.Name, PrincipalComponents.Fit(b.Rows, new PcaOptions(options.Components)))).ToArray();
        var names = (radiomicsNames ?? []).Concat(pcas.SelectMany(p => Enumerable.Range(1, options.Components).Select(c => $"{p.Name}_PC{c}"))).ToArray();
        var joined = Join(radiomicsTraining, pcas.Select((p, b) => p.Item2.Transform(deepTraining[b].Rows)).ToArray(), rows);
        return new FittedDlrFusion(pcas.Select(p => p.Name).ToArray(), pcas.Select(p => p.Item2).ToArray(),
            ZScore.Fit(joined, new ZScoreOptions(options.Divisor)), names, radiomicsColumns);
    }

    /// <summary>Rows of [radiomics, scores of block 1, scores of block 2, …].</summary>
    internal static double[][] Join(double[][]? radiomics, double[][][] scores, int rows) =>
        Enumerable.Range(0, rows).Select(i => (radiomics?[i] ?? []).Concat(scores.SelectMany(s => s[i])).ToArray()).ToArray();
}
