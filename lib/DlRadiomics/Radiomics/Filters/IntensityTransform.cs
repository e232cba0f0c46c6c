using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>Shared plumbing of the voxel-wise filters: a new image on the same grid, and max |x|.</summary>
internal static class IntensityTransform
{
    public static VoxelImage Map(VoxelImage image, Func<double, double> f)
    {
        var values = new double[image.Voxels.Length];
        for (int n = 0; n < values.Length; n++) values[n] = f(image.Voxels[n]);
        return new VoxelImage(image.Geometry, values);
    }

    /// <summary>max |x| over the image; refuses images where it is 0 or not a number, since the filters divide by it.</summary>
    public static double MaxAbs(VoxelImage image, string filter)
    {
        double max = 0;
        foreach (var v in image.Voxels)
        {
            if (double.IsNaN(v)) throw new FilterException($"the {filter} filter needs an image without NaN voxels");
            max = Math.Max(max, Math.Abs(v));
        }
        if (max == 0) throw new FilterException($"the {filter} filter scales by the largest |intensity|, which is 0 in this image (all voxels are 0)");
        return max;
    }
}
