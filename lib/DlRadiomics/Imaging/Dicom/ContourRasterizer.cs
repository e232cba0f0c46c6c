namespace DlRadiomics.Imaging.Dicom;

/// <summary>
/// Fills planar polygons (RTSTRUCT contours) on an image grid. A voxel is inside when its centre is inside by the
/// even-odd rule over all polygons of its slice, so a contour drawn inside another is a hole.
/// </summary>
/// <remarks>
/// Each contour point p is mapped to the continuous index (i, j, k) = PhysicalToIndex(p); the contour belongs to slice
/// round(mean k) and must lie within ±0.5 slice of it. On row j, the crossings x of every polygon edge whose end rows
/// satisfy j₀ ≤ j &lt; j₁ (half-open, so a vertex on the row counts once) are sorted, and voxels i with
/// x₂ₙ ≤ i ≤ x₂ₙ₊₁ are filled.
/// </remarks>
public static class ContourRasterizer
{
    public static LabelMask Rasterize(IEnumerable<IReadOnlyList<Vec3>> polygons, ImageGeometry grid, int label = 1, string source = "contours", string roiName = "ROI")
    {
        var size = grid.Size;
        var bySlice = new Dictionary<int, List<(double I, double J)[]>>();
        int outside = 0, total = 0;
        foreach (var polygon in polygons)
        {
            total++;
            var idx = polygon.Select(grid.PhysicalToIndex).ToArray();
            double meanK = idx.Average(p => p.Z);
            int k = (int)Math.Round(meanK);
            if (idx.Any(p => Math.Abs(p.Z - meanK) > 0.5))
                throw new DicomFormatException(source, $"a contour of ROI '{roiName}' is not parallel to the image slices (it spans index k {idx.Min(p => p.Z):F2} to {idx.Max(p => p.Z):F2})");
            if (k < 0 || k >= size.Z) { outside++; continue; }
            if (!bySlice.TryGetValue(k, out var list)) bySlice[k] = list = [];
            list.Add(idx.Select(p => (p.X, p.Y)).ToArray());
        }
        if (outside == total)
            throw new DicomFormatException(source, $"all {total} contours of ROI '{roiName}' lie outside the image's {size.Z} slices; is this the series the structure set was drawn on?");

        var labels = new int[grid.VoxelCount];
        var crossings = new List<double>();
        foreach (var (k, slicePolygons) in bySlice)
        {
            for (int j = 0; j < size.Y; j++)
            {
                crossings.Clear();
                foreach (var poly in slicePolygons)
                {
                    for (int n = 0; n < poly.Length; n++)
                    {
                        var (i0, j0) = poly[n];
                        var (i1, j1) = poly[(n + 1) % poly.Length];
                        if ((j0 <= j && j < j1) || (j1 <= j && j < j0))
                            crossings.Add(i0 + (j - j0) * (i1 - i0) / (j1 - j0));
                    }
                }
                crossings.Sort();
                long row = grid.Index(0, j, k);
                for (int c = 0; c + 1 < crossings.Count; c += 2)
                {
                    int from = Math.Max(0, (int)Math.Ceiling(crossings[c]));
                    int to = Math.Min(size.X - 1, (int)Math.Floor(crossings[c + 1]));
                    for (int i = from; i <= to; i++) labels[row + i] = label;
                }
            }
        }
        return new LabelMask(grid, labels);
    }
}
