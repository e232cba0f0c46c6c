namespace DlRadiomics.Imaging;

/// <summary>
/// A scalar 3-D image (a 2-D image is one slice, <c>Size.Z == 1</c>). Voxel values are kept as double after
/// applying any rescale slope/intercept of the file, so features see physical intensities.
/// </summary>
public sealed class VoxelImage
{
    public VoxelImage(ImageGeometry geometry, double[] voxels)
    {
        if (voxels.LongLength != geometry.VoxelCount)
            throw new ArgumentException($"voxel count {voxels.LongLength} does not match size {geometry.Size}", nameof(voxels));
        Geometry = geometry;
        Voxels = voxels;
    }

    public ImageGeometry Geometry { get; }

    /// <summary>Voxel values, i fastest then j then k.</summary>
    public double[] Voxels { get; }

    /// <summary>
    /// The pixel type SimpleITK gives this image when it reads the file: the file's stored type, or the type ITK
    /// promotes it to when a rescale applies (NIfTI integer data with scl_slope/scl_inter → float32; DICOM with a
    /// non-integer rescale → float64, with an integer rescale → the smallest integer type holding the rescaled range).
    /// Null for images computed in memory. Resampling casts interpolated values back to it, as SimpleITK does.
    /// </summary>
    public VoxelType? StoredType { get; init; }

    public Size3 Size => Geometry.Size;

    public double this[int i, int j, int k]
    {
        get => Voxels[Geometry.Index(i, j, k)];
        set => Voxels[Geometry.Index(i, j, k)] = value;
    }
}

/// <summary>An integer label image (segmentation) on a grid; label 0 is background.</summary>
public sealed class LabelMask
{
    public LabelMask(ImageGeometry geometry, int[] labels)
    {
        if (labels.LongLength != geometry.VoxelCount)
            throw new ArgumentException($"label count {labels.LongLength} does not match size {geometry.Size}", nameof(labels));
        Geometry = geometry;
        Labels = labels;
    }

    public ImageGeometry Geometry { get; }

    /// <summary>Labels, i fastest then j then k.</summary>
    public int[] Labels { get; }

    public Size3 Size => Geometry.Size;

    public int this[int i, int j, int k]
    {
        get => Labels[Geometry.Index(i, j, k)];
        set => Labels[Geometry.Index(i, j, k)] = value;
    }

    /// <summary>Labels present, excluding 0, in ascending order.</summary>
    public IReadOnlyList<int> DistinctLabels() => Labels.Where(l => l != 0).Distinct().Order().ToArray();

    /// <summary>Rounds a scalar image to integer labels (masks saved as float by some tools).</summary>
    public static LabelMask FromImage(VoxelImage image)
    {
        var labels = new int[image.Voxels.Length];
        RoundToLabels(image.Voxels, labels);
        return new LabelMask(image.Geometry, labels);
    }

    /// <summary>Rounds values to labels (to nearest, ties to even); NaN becomes 0.</summary>
    public static void RoundToLabels(ReadOnlySpan<double> values, Span<int> labels)
    {
        for (int n = 0; n < values.Length; n++)
        {
            double v = values[n];
            labels[n] = double.IsNaN(v) ? 0 : (int)Math.Round(v);
        }
    }
}

/// <summary>A file could not be read as an image: the message names the file and what was wrong.</summary>
public class ImageFormatException : DlRadiomicsException
{
    public ImageFormatException(string path, string problem) : base($"{path}: {problem}") => FilePath = path;
    public ImageFormatException(string path, string problem, Exception inner) : base($"{path}: {problem}", inner) => FilePath = path;
    public string FilePath { get; }
}
