namespace DlRadiomics.Radiomics.Texture;

/// <summary>
/// Grey-level run-length matrices P(i, j | θ): the number of runs of j consecutive ROI voxels of level i along direction
/// θ, one matrix per direction (or one when a weighting norm merges them). Rows are the present grey levels, columns
/// run lengths 1…<see cref="MaxRunLength"/>; counts are not normalised.
/// </summary>
/// <param name="GrayLevels">Bin numbers of the rows.</param>
/// <param name="MaxRunLength">Number of columns.</param>
/// <param name="Matrices">Row-major counts per kept direction.</param>
/// <remarks>
/// Each line of the crop along θ is scanned once; a run ends at a change of grey level or at a voxel outside the ROI.
/// As in PyRadiomics, a direction in which no line holds more than one ROI voxel is dropped (the ROI is flat across it);
/// with a weighting norm the matrices are summed with weights ‖θ‖ (mm); empty directions are dropped.
/// </remarks>
public sealed record GrayLevelRunLengthMatrix(IReadOnlyList<int> GrayLevels, int MaxRunLength, IReadOnlyList<double[]> Matrices)
{
    public static GrayLevelRunLengthMatrix Compute(DiscretizedRoi roi, RadiomicsSettings settings)
    {
        var size = roi.Volume.Size;
        var offsets = NeighbourOffsets.Generate(size, [1], settings.Force2D, settings.Force2DDimension);
        int n = roi.GrayLevels.Count;
        int nr = Math.Max(size.X, Math.Max(size.Y, size.Z));
        var bins = roi.Bins;
        var index = roi.LevelIndex;
        var counts = new double[offsets.Length][];
        for (int a = 0; a < offsets.Length; a++)
        {
            var m = counts[a] = new double[n * nr];
            var o = offsets[a];
            var back = o.Negated;
            long step = o.Step(size);
            bool multiElement = false;
            long start = 0;
            for (int z = 0; z < size.Z; z++)
                for (int y = 0; y < size.Y; y++)
                    for (int x = 0; x < size.X; x++, start++)
                    {
                        if (back.Fits(x, y, z, size)) continue; // not the first voxel of its line
                        int gl = -1, run = 0, elements = 0;
                        int cx = x, cy = y, cz = z;
                        long p = start;
                        while (true)
                        {
                            int b = bins[p];
                            if (b != 0)
                            {
                                elements++;
                                if (b == gl) run++;
                                else
                                {
                                    if (gl != -1) m[index[gl] * nr + run]++;
                                    gl = b;
                                    run = 0;
                                }
                            }
                            else if (gl != -1)
                            {
                                m[index[gl] * nr + run]++;
                                gl = -1;
                            }
                            if (!o.Fits(cx, cy, cz, size)) break;
                            cx += o.Dx; cy += o.Dy; cz += o.Dz;
                            p += step;
                        }
                        if (gl != -1) m[index[gl] * nr + run]++;
                        if (elements > 1) multiElement = true;
                    }
            if (!multiElement) Array.Clear(m);
        }
        var merged = DirectionMerging.Merge(counts, offsets, roi.Volume.Spacing, settings.WeightingNorm, exponentialWeights: false);
        return new GrayLevelRunLengthMatrix(roi.GrayLevels, nr, merged);
    }
}
