namespace DlRadiomics.Statistics.Selection;

/// <summary>Feature-level fusion: blocks of features of the same patients (rows in the same order) joined side by side.</summary>
public static class FeatureFusion
{
    /// <returns>Rows × (Σ block widths): each row is the block rows of that patient, in block order.</returns>
    /// <exception cref="ModelInputException">The blocks have different row counts.</exception>
    public static double[][] Concatenate(IReadOnlyList<double[][]> blocks)
    {
        if (blocks.Count == 0) throw new ModelInputException("no feature blocks to fuse");
        var rows = blocks[0].Length;
        for (var b = 1; b < blocks.Count; b++)
            if (blocks[b].Length != rows) throw new ModelInputException($"feature block {b + 1} has {blocks[b].Length} rows but block 1 has {rows}; fuse blocks of the same patients in the same order");
        return Enumerable.Range(0, rows).Select(i => blocks.SelectMany(block => block[i]).ToArray()).ToArray();
    }
}
