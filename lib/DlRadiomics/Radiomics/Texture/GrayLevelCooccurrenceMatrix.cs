namespace DlRadiomics.Radiomics.Texture;

/// <summary>
/// Normalised grey-level co-occurrence matrices p(i, j | δ, α), one per direction (or one when a weighting norm merges
/// them), over the grey levels present in the ROI.
/// </summary>
/// <param name="GrayLevels">Bin numbers of the rows/columns (present grey levels, ascending).</param>
/// <param name="Matrices">Row-major n×n probabilities per kept direction; NaN entries when a direction has no pair.</param>
/// <remarks>
/// P(i, j | α) counts ROI voxels of level i whose neighbour at offset α is an ROI voxel of level j (one pass over the
/// ROI, all directions at once). With <c>symmetricalGLCM</c> P ← P + Pᵀ. With a weighting norm the matrices are summed
/// with weights e^(−‖α‖²) (α in mm). Directions without any pair are dropped when there is more than one; each matrix
/// is divided by its sum.
/// </remarks>
public sealed record GrayLevelCooccurrenceMatrix(IReadOnlyList<int> GrayLevels, IReadOnlyList<double[]> Matrices)
{
    public static GrayLevelCooccurrenceMatrix Compute(DiscretizedRoi roi, RadiomicsSettings settings)
    {
        var size = roi.Volume.Size;
        var offsets = NeighbourOffsets.Generate(size, settings.NeighbourDistances, settings.Force2D, settings.Force2DDimension);
        int n = roi.GrayLevels.Count, na = offsets.Length;
        var counts = new double[na][];
        for (int a = 0; a < na; a++) counts[a] = new double[n * n];
        var steps = offsets.Select(o => o.Step(size)).ToArray();
        var bins = roi.Bins;
        var index = roi.LevelIndex;
        long p = 0;
        for (int z = 0; z < size.Z; z++)
            for (int y = 0; y < size.Y; y++)
                for (int x = 0; x < size.X; x++, p++)
                {
                    int b = bins[p];
                    if (b == 0) continue;
                    int row = index[b] * n;
                    for (int a = 0; a < na; a++)
                    {
                        if (!offsets[a].Fits(x, y, z, size)) continue;
                        int c = bins[p + steps[a]];
                        if (c != 0) counts[a][row + index[c]]++;
                    }
                }

        if (settings.SymmetricalGlcm)
            foreach (var m in counts)
                for (int i = 0; i < n; i++)
                    for (int j = i; j < n; j++)
                    {
                        double s = m[i * n + j] + m[j * n + i];
                        m[i * n + j] = s;
                        m[j * n + i] = s;
                    }

        var matrices = DirectionMerging.Merge(counts, offsets, roi.Volume.Spacing, settings.WeightingNorm, exponentialWeights: true);
        foreach (var m in matrices)
        {
            double sum = m.Sum();
            for (int k = 0; k < m.Length; k++) m[k] = sum == 0 ? double.NaN : m[k] / sum;
        }
        return new GrayLevelCooccurrenceMatrix(roi.GrayLevels, matrices);
    }
}
