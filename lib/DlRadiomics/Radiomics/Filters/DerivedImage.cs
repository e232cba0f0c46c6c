using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>A filtered image and the image type name PyRadiomics gives it (prefix of its feature names, e.g. <c>wavelet-LLH</c>).</summary>
public sealed record DerivedImage(string Name, VoxelImage Image);
