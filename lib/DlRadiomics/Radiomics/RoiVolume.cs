using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Preprocessing;

namespace DlRadiomics.Radiomics;

/// <summary>
/// An image cropped to the bounding box of its region of interest: intensities and ROI membership on a small grid
/// (x fastest, then y, then z). Every feature class works on this.
/// </summary>
/// <param name="Size">Grid size of the crop.</param>
/// <param name="Spacing">Voxel spacing in mm (x, y, z).</param>
/// <param name="Intensities">Intensities of every voxel of the crop (after normalisation, if any).</param>
/// <param name="Mask">True for voxels in the ROI.</param>
public sealed record RoiVolume(Size3 Size, Vec3 Spacing, double[] Intensities, bool[] Mask)
{
    /// <summary>Number of ROI voxels.</summary>
    public int VoxelCount { get; } = Mask.Count(m => m);

    /// <summary>Intensities of the ROI voxels in grid order.</summary>
    public double[] RoiIntensities()
    {
        var values = new double[VoxelCount];
        int k = 0;
        for (int n = 0; n < Mask.Length; n++) if (Mask[n]) values[k++] = Intensities[n];
        return values;
    }

    /// <summary>
    /// Crops an image (<paramref name="voxels"/> on a <paramref name="size"/> grid, mapped through
    /// <paramref name="normalization"/> when given) and the ROI <c>labels == label</c> to <paramref name="box"/>.
    /// </summary>
    public static RoiVolume Crop(Size3 size, Vec3 spacing, double[] voxels, IntensityNormalization? normalization, int[] labels, int label, BoundingBox box)
    {
        var s = box.Size;
        var values = new double[s.Count];
        var mask = new bool[s.Count];
        int k = 0;
        for (int z = box.Z0; z <= box.Z1; z++)
            for (int y = box.Y0; y <= box.Y1; y++)
            {
                long row = box.X0 + (long)size.X * (y + (long)size.Y * z);
                for (int x = 0; x < s.X; x++, k++)
                {
                    double v = voxels[row + x];
                    values[k] = normalization is null ? v : normalization.Apply(v);
                    mask[k] = labels[row + x] == label;
                }
            }
        return new RoiVolume(s, spacing, values, mask);
    }

    /// <summary>The ROI <c>labels == label</c> of a <paramref name="size"/> grid, cropped to <paramref name="box"/>.</summary>
    public static bool[] CropMask(Size3 size, int[] labels, int label, BoundingBox box)
    {
        var s = box.Size;
        var mask = new bool[s.Count];
        int k = 0;
        for (int z = box.Z0; z <= box.Z1; z++)
            for (int y = box.Y0; y <= box.Y1; y++)
            {
                long row = box.X0 + (long)size.X * (y + (long)size.Y * z);
                for (int x = 0; x < s.X; x++, k++) mask[k] = labels[row + x] == label;
            }
        return mask;
    }

    /// <summary>This volume cropped further to <paramref name="box"/> (in this volume's coordinates), with a new mask.</summary>
    public RoiVolume Crop(BoundingBox box, bool[] mask)
    {
        var s = box.Size;
        var values = new double[s.Count];
        var cropped = new bool[s.Count];
        int k = 0;
        for (int z = box.Z0; z <= box.Z1; z++)
            for (int y = box.Y0; y <= box.Y1; y++)
            {
                int row = box.X0 + Size.X * (y + Size.Y * z);
                for (int x = 0; x < s.X; x++, k++)
                {
                    values[k] = Intensities[row + x];
                    cropped[k] = mask[row + x];
                }
            }
        return new RoiVolume(s, Spacing, values, cropped);
    }

    /// <summary>
    /// This ROI with intensities taken from <paramref name="image"/> (a whole image of which this volume is the crop
    /// at <paramref name="box"/>), e.g. a filtered version of the original.
    /// </summary>
    public RoiVolume WithIntensitiesFrom(VoxelImage image, BoundingBox box)
    {
        var values = new double[Intensities.Length];
        var size = image.Size;
        int k = 0;
        for (int z = box.Z0; z <= box.Z1; z++)
            for (int y = box.Y0; y <= box.Y1; y++)
            {
                long row = box.X0 + (long)size.X * (y + (long)size.Y * z);
                for (int x = 0; x < Size.X; x++, k++) values[k] = image.Voxels[row + x];
            }
        return this with { Intensities = values };
    }
}
