using DlRadiomics.Statistics.Preprocessing;
using DlRadiomics.Statistics.Selection;


namespace DlRadiomics.Deep;

/// <summary>A DLR fusion fitted on training rows (<see cref="DlrFusion.Fit"/>); <see cref="Transform"/> applies it to
/// any cohort.</summary>
/// <param name="BlockNames">Deep blocks in order (e.g. DL_SAG, DL_AXI).</param>
/// <param name="Pcas">The PCA of each block, fitted on training.</param>
/// <param name="Standardisation">The z-scoring of the fused columns, fitted on training.</param>
/// <param name="ColumnNames">Names of the fused columns: the radiomics names, then <c>&lt;block&gt;_PC1</c>, ….</param>
/// <param name="RadiomicsColumns">Number of radiomics columns expected (0 for deep features alone).</param>
public sealed record FittedDlrFusion(string[] BlockNames, PcaModel[] Pcas, ZScoreModel Standardisation, string[] ColumnNames, int RadiomicsColumns)
{
    /// <summary>The fused, z-scored rows of a cohort (patients in the same order in every argument).</summary>
    public double[][] Transform(double[][]? radiomics, IReadOnlyList<double[][]> deep)
    {
        if (deep.Count != Pcas.Length) throw new ModelInputException($"{deep.Count} deep blocks given; the fusion was fitted on {Pcas.Length} ({string.Join(", ", BlockNames)})");
        if ((radiomics is null ? 0 : radiomics[0].Length) != RadiomicsColumns)
            throw new ModelInputException($"radiomics rows have {(radiomics is null ? 0 : radiomics[0].Length)} columns; the fusion was fitted on {RadiomicsColumns}");
        int rows = radiomics?.Length ?? deep[0].Length;
        for (int b = 0; b < deep.Count; b++)
            if (deep[b].Length != rows) throw new ModelInputException($"deep block '{BlockNames[b]}' has {deep[b].Length} rows; the others have {rows}");
        return Standardisation.Transform(DlrFusion.Join(radiomics, deep.Select((d, b) => Pcas[b].Transform(d)).ToArray(), rows));
    }
}
