using System.Globalization;
using DlRadiomics.Imaging;

namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// PyRadiomics' image types by name (the keys of a parameter file's <c>imageType</c> section), each giving the images
/// whose features are reported under its names (<c>original</c>, <c>log-sigma-1-0-mm-3D</c>, <c>wavelet-LLH</c>,
/// <c>square</c>, <c>lbp-2D</c>, …).
/// </summary>
/// <remarks>
/// As in PyRadiomics the filters see the whole image handed to the extractor (after resampling, which crops to the ROI
/// plus <c>padDistance</c>, or <c>preCrop</c>): square, squareroot, logarithm and exponential scale by the image's
/// largest |intensity|, and LoG and wavelet values near the ROI depend on the voxels around it. Images PyRadiomics
/// skips with a warning (LoG σ too large for the image, images under 4 voxels along an axis) are listed in
/// <see cref="DerivedImages.Skipped"/> with the reason.
/// </remarks>
public static class ImageTypes
{
    /// <summary>Image type names as PyRadiomics spells them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D"];

    public static DerivedImages Apply(string imageType, VoxelImage image, ImageTypeOptions options)
    {
        switch (imageType)
        {
            case "Original": return One("original", image);
            case "Square": return One(SquareFilter.ImageTypeName, SquareFilter.Apply(image));
            case "SquareRoot": return One(SquareRootFilter.ImageTypeName, SquareRootFilter.Apply(image));
            case "Logarithm": return One(LogarithmFilter.ImageTypeName, LogarithmFilter.Apply(image));
            case "Exponential": return One(ExponentialFilter.ImageTypeName, ExponentialFilter.Apply(image));
            case "Gradient": return One(GradientFilter.ImageTypeName, GradientFilter.Apply(image, options.GradientUseSpacing));
            case "LBP2D":
                return One(Lbp2DFilter.ImageTypeName,
                    Lbp2DFilter.Apply(image, options.Lbp2DSamples, options.Lbp2DRadius, options.Lbp2DMethod, options.Force2DDimension));
            case "Wavelet":
                return new DerivedImages(WaveletFilter.Apply(image, options.Wavelet, options.Level, options.StartLevel,
                    options.Force2D ? options.Force2DDimension : null), []);
            case "LoG":
                var images = new List<DerivedImage>();
                var skipped = new List<string>();
                foreach (var text in options.Sigma ?? [])
                {
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double sigma))
                        throw new FilterException($"LoG sigma '{text}' is not a number");
                    try { images.Add(new DerivedImage(LaplacianOfGaussianFilter.ImageTypeName(text), LaplacianOfGaussianFilter.Apply(image, sigma))); }
                    catch (FilterException e) { skipped.Add($"{LaplacianOfGaussianFilter.ImageTypeName(text)} skipped: {e.Message}"); }
                }
                if (images.Count == 0 && skipped.Count == 0) skipped.Add("LoG: no sigma given (setting 'sigma'), so no LoG image");
                return new DerivedImages(images, skipped);
            default:
                throw new FilterException($"image type '{imageType}' is not available; use one of {string.Join(", ", Names)}");
        }
    }

    private static DerivedImages One(string name, VoxelImage image) => new([new DerivedImage(name, image)], []);
}

/// <summary>The images an image type produced, and the ones PyRadiomics would skip (with the reason).</summary>
public sealed record DerivedImages(IReadOnlyList<DerivedImage> Images, IReadOnlyList<string> Skipped);
