namespace DlRadiomics.Deep;

/// <summary>
/// What the network is given for one case, and the steps that made it, so a reader can see what the network saw.
/// </summary>
/// <param name="Slice">The largest-ROI slice of the image.</param>
/// <param name="Crop">The ROI's bounding box plus the margin, within <see cref="RoiSlice"/>.</param>
/// <param name="ScaledCrop">The crop scaled to [0, 1] (row-major, <c>Crop.Rows × Crop.Columns</c>).</param>
/// <param name="Resized">The scaled crop resized to the network's size, still in [0, 1] (row-major, Height × Width):
/// the picture the network sees, before the channel copy and normalisation.</param>
/// <param name="Height">Network input height.</param>
/// <param name="Width">Network input width.</param>
/// <param name="Tensor">The network input, 3 × Height × Width in C order (channel, row, column), normalised.</param>
public sealed record NetworkInput(RoiSlice Slice, CropBox Crop, double[] ScaledCrop, float[] Resized, int Height, int Width, float[] Tensor)
{
    /// <summary>The tensor's shape with a batch axis of one: 1 × 3 × Height × Width.</summary>
    public long[] Shape => [1, 3, Height, Width];
}
