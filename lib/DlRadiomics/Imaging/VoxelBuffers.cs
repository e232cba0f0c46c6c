namespace DlRadiomics.Imaging;

/// <summary>
/// Per-thread reuse of the full-size voxel and label arrays that the NIfTI and NRRD readers fill. A batch reads one
/// case after another on each worker thread, and every case's image and mask arrays are large (brain1's 256×256×25
/// image is 13 MB of doubles): new ones for each case are large-object-heap allocations that only full collections
/// reclaim, and a collection stops every worker. A caller that is done with an image and its mask hands their arrays
/// back with <see cref="Return"/>; the next read of the same voxel count on that thread fills them instead of new
/// arrays. Callers that never return arrays see no difference.
/// </summary>
public static class VoxelBuffers
{
    [ThreadStatic] private static double[]? _voxels;
    [ThreadStatic] private static int[]? _labels;

    /// <summary>
    /// Hands the arrays of <paramref name="image"/> and <paramref name="mask"/> (either may be null) to this thread's next
    /// read. Neither object may be used afterwards: the next image or mask read on this thread overwrites the arrays.
    /// </summary>
    public static void Return(VoxelImage? image, LabelMask? mask)
    {
        if (image is not null) _voxels = image.Voxels;
        if (mask is not null) _labels = mask.Labels;
    }

    /// <summary>An array of exactly <paramref name="count"/> voxels; the reader overwrites all of it.</summary>
    internal static double[] Voxels(long count) => Take(ref _voxels, count);

    /// <summary>An array of exactly <paramref name="count"/> labels; the reader overwrites all of it.</summary>
    internal static int[] Labels(long count) => Take(ref _labels, count);

    private static T[] Take<T>(ref T[]? returned, long count)
    {
        if (returned is { } reused && reused.LongLength == count)
        {
            returned = null;
            return reused;
        }
        return GC.AllocateUninitializedArray<T>(checked((int)count));
    }
}
