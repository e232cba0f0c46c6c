using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// PyRadiomics' <c>LBP2D</c> image type (<c>imageoperations.getLBP2DImage</c>, image name <c>lbp-2D</c>): scikit-image's
/// local binary pattern (<see cref="LocalBinaryPattern"/>) of every 2-D slice along <c>force2Ddimension</c>, with
/// settings <c>lbp2DSamples</c> P (default 8), <c>lbp2DRadius</c> R in voxels (default 1) and <c>lbp2DMethod</c>
/// (default <c>uniform</c>).
/// </summary>
/// <remarks>
/// <para>Slices, in PyRadiomics' array order (z, y, x) after <c>swapaxes(0, force2Ddimension)</c>: dimension 0 gives
/// z slices with rows y and columns x; 1 gives y slices with rows z, columns x; 2 gives x slices with rows y,
/// columns z. Row and column are what scikit-image's circle is drawn in (row offset −R sin θ, column offset R cos θ),
/// so the plane's orientation matters for <c>default</c>, <c>nri_uniform</c> and (through the uncounted
/// wrap-around pair) <c>uniform</c>. Spacing is ignored: R is in voxels.</para>
/// <para>PyRadiomics writes the LBP values back into the image's own array, so the result has the input's pixel
/// type (<see cref="VoxelImage.StoredType"/>, <see cref="StoredTypeCast"/>): on an int16 image <c>var</c> values are
/// truncated to integers and <c>default</c> codes above 32767 wrap to negative numbers, exactly as PyRadiomics
/// reports them. An image of unknown stored type (computed in memory, e.g. normalised) is float64, kept as is.</para>
/// <para>With 3-D feature extraction (<c>force2D</c> false) PyRadiomics logs a warning and computes the image all
/// the same, as this filter does. A 2-D file read as one slice behaves as a 3-D image with one slice: for the
/// plane to be the image plane use <c>force2Ddimension: 0</c> (PyRadiomics ignores the setting for 2-D images).
/// <c>var</c> gives NaN for flat neighbourhoods of float images; the extractor refuses NaN inside the ROI.</para>
/// </remarks>
public static class Lbp2DFilter
{
    public const string ImageTypeName = "lbp-2D";

    public static VoxelImage Apply(VoxelImage image, int samples = 8, double radius = 1,
        LocalBinaryPatternMethod method = LocalBinaryPatternMethod.Uniform, int force2DDimension = 0)
    {
        LocalBinaryPattern.Validate(samples, radius);
        if (force2DDimension is < 0 or > 2)
            throw new FilterException($"force2Ddimension must be 0, 1 or 2, got {force2DDimension}");
        var size = image.Size;
        var f = image.Voxels;
        long sx = 1, sy = size.X, sz = (long)size.X * size.Y;
        // Per slice: count, rows, columns, and the strides of slice, row and column in the voxel array.
        var (count, rows, columns, sliceStride, rowStride, columnStride) = force2DDimension switch
        {
            0 => (size.Z, size.Y, size.X, sz, sy, sx),
            1 => (size.Y, size.Z, size.X, sy, sz, sx),
            _ => (size.X, size.Y, size.Z, sx, sy, sz),
        };
        var result = new double[f.Length];
        var slice = new double[rows * columns];
        var lbp = new double[rows * columns];
        for (int s = 0; s < count; s++)
        {
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < columns; c++)
                    slice[r * columns + c] = f[s * sliceStride + r * rowStride + c * columnStride];
            LocalBinaryPattern.Compute(slice, rows, columns, samples, radius, method, lbp);
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < columns; c++)
                    result[s * sliceStride + r * rowStride + c * columnStride] = StoredTypeCast.Apply(lbp[r * columns + c], image.StoredType);
        }
        return new VoxelImage(image.Geometry, result) { StoredType = image.StoredType };
    }
}
