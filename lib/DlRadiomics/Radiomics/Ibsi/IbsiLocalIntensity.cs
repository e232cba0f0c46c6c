namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI local intensity peaks (<c>loc_peak_loc</c>, <c>loc_peak_glob</c>; no PyRadiomics equivalent): the mean image
/// intensity in a 1 cm³ sphere (radius r = ∛(3·1000/(4π)) ≈ 6.2 mm) centred on a ROI voxel.
/// </summary>
/// <remarks>
/// The sphere holds every image voxel (inside or outside the ROI) whose centre is within r of the centre voxel's.
/// Local peak: the largest sphere mean among the ROI voxels of maximal intensity; global peak: the largest sphere mean
/// over all ROI voxels.
/// </remarks>
public static class IbsiLocalIntensity
{
    public static void Compute(IbsiRoi roi, IDictionary<string, double> output)
    {
        var image = roi.Image;
        var size = image.Size;
        var spacing = image.Geometry.Spacing;
        double r = Math.Cbrt(3 * 1000 / (4 * Math.PI));
        int rx = (int)(r / spacing.X), ry = (int)(r / spacing.Y), rz = (int)(r / spacing.Z);
        var sphere = new List<(int, int, int)>();
        for (int dz = -rz; dz <= rz; dz++)
            for (int dy = -ry; dy <= ry; dy++)
                for (int dx = -rx; dx <= rx; dx++)
                    if (Math.Pow(dx * spacing.X, 2) + Math.Pow(dy * spacing.Y, 2) + Math.Pow(dz * spacing.Z, 2) <= r * r) sphere.Add((dx, dy, dz));

        double SphereMean(int x, int y, int z)
        {
            double sum = 0;
            int count = 0;
            foreach (var (dx, dy, dz) in sphere)
            {
                int i = x + dx, j = y + dy, k = z + dz;
                if ((uint)i >= (uint)size.X || (uint)j >= (uint)size.Y || (uint)k >= (uint)size.Z) continue;
                sum += image[i, j, k];
                count++;
            }
            return sum / count;
        }

        double max = double.NegativeInfinity, local = double.NegativeInfinity, global = double.NegativeInfinity;
        var peaks = new List<(double Intensity, double Mean)>();
        for (int z = roi.Box.Z0; z <= roi.Box.Z1; z++)
            for (int y = roi.Box.Y0; y <= roi.Box.Y1; y++)
                for (int x = roi.Box.X0; x <= roi.Box.X1; x++)
                {
                    if (roi.Labels[x + size.X * (y + size.Y * z)] != roi.Label) continue;
                    double mean = SphereMean(x, y, z);
                    peaks.Add((image[x, y, z], mean));
                    max = Math.Max(max, image[x, y, z]);
                    global = Math.Max(global, mean);
                }
        foreach (var (intensity, mean) in peaks)
            if (intensity == max) local = Math.Max(local, mean);
        output["loc_peak_loc"] = local;
        output["loc_peak_glob"] = global;
    }
}
