namespace DlRadiomics.Deep;

/// <summary>The deep features of one case and where they came from.</summary>
/// <param name="Values">The output node's values for the case's network input.</param>
/// <param name="SliceAxis">Voxel axis the slice was taken across.</param>
/// <param name="SliceIndex">The largest-ROI slice fed to the network.</param>
/// <param name="RoiPixels">ROI pixels in that slice.</param>
/// <param name="Crop">The crop of the slice the network saw (before resizing).</param>
public sealed record DeepFeatures(float[] Values, int SliceAxis, int SliceIndex, int RoiPixels, CropBox Crop);
