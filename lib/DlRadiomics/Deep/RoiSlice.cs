namespace DlRadiomics.Deep;

/// <summary>
/// The slice of an image chosen for the network, as a 2-D picture: pixel (r, c) is at <c>r * Columns + c</c>. Columns
/// run along the lower-numbered of the two in-plane voxel axes, rows along the higher (for slices across k: columns
/// are i, rows are j, as image viewers show them).
/// </summary>
/// <param name="Axis">Voxel axis the slice is taken across.</param>
/// <param name="Index">Index of the slice along <paramref name="Axis"/>.</param>
/// <param name="Rows">Picture height.</param>
/// <param name="Columns">Picture width.</param>
/// <param name="Pixels">Image values of the slice.</param>
/// <param name="InRoi">True where the mask holds the ROI's label.</param>
/// <param name="RoiPixels">Number of ROI pixels in the slice (the largest over all slices).</param>
public sealed record RoiSlice(int Axis, int Index, int Rows, int Columns, double[] Pixels, bool[] InRoi, int RoiPixels);
