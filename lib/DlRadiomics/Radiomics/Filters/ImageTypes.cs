using System.Globalization;
using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Preprocessing;

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

    /// <summary>All images of <paramref name="imageType"/> at once, with the ones skipped.</summary>
    public static DerivedImages Apply(string imageType, VoxelImage image, ImageTypeOptions options)
    {
        var skipped = new List<string>();
        var images = Enumerate(imageType, image, options, skipped).ToList();
        return new DerivedImages(images, skipped);
    }

    /// <summary>
    /// The images of <paramref name="imageType"/> one at a time, each computed when it is reached, so a caller that
    /// drops each image after use holds one filtered image at a time (the wavelet decomposition holds one band per
    /// axis); images PyRadiomics would skip are added to <paramref name="skipped"/> with the reason.
    /// </summary>
    /// <remarks>
    /// A <c>region</c> is the box of the image whose values are needed (the ROI's bounding box), or null for all.
    /// Wavelet and LoG then compute just the box, with the same values bit for bit (wavelet values depend on a
    /// neighbourhood of the box, LoG passes keep whole lines but only the box's range of each filtered axis), and say so
    /// in <see cref="DerivedImage.Region"/>; the pointwise and gradient filters return whole images.
    /// </remarks>
    /// <exception cref="FilterException">The image type does not exist (raised at once, not on enumeration).</exception>
    public static IEnumerable<DerivedImage> Enumerate(string imageType, VoxelImage image, ImageTypeOptions options, ICollection<string> skipped,
        BoundingBox? region = null)
    {
        if (!Names.Contains(imageType))
            throw new FilterException($"image type '{imageType}' is not available; use one of {string.Join(", ", Names)}");
        return imageType switch
        {
            "Original" => [new DerivedImage("original", image)],
            "Wavelet" => WaveletFilter.Enumerate(image, options.Wavelet, options.Level, options.StartLevel,
                options.Force2D ? options.Force2DDimension : null, region),
            "LoG" => LaplacianOfGaussianImages(image, options, skipped, region),
            _ => One(imageType, image, options),
        };
    }

    private static IEnumerable<DerivedImage> One(string imageType, VoxelImage image, ImageTypeOptions options)
    {
        yield return imageType switch
        {
            "Square" => new DerivedImage(SquareFilter.ImageTypeName, SquareFilter.Apply(image)),
            "SquareRoot" => new DerivedImage(SquareRootFilter.ImageTypeName, SquareRootFilter.Apply(image)),
            "Logarithm" => new DerivedImage(LogarithmFilter.ImageTypeName, LogarithmFilter.Apply(image)),
            "Exponential" => new DerivedImage(ExponentialFilter.ImageTypeName, ExponentialFilter.Apply(image)),
            "Gradient" => new DerivedImage(GradientFilter.ImageTypeName, GradientFilter.Apply(image, options.GradientUseSpacing)),
            _ => new DerivedImage(Lbp2DFilter.ImageTypeName,
                Lbp2DFilter.Apply(image, options.Lbp2DSamples, options.Lbp2DRadius, options.Lbp2DMethod, options.Force2DDimension)),
        };
    }

    private static IEnumerable<DerivedImage> LaplacianOfGaussianImages(VoxelImage image, ImageTypeOptions options, ICollection<string> skipped,
        BoundingBox? region)
    {
        if (options.Sigma is not { Count: > 0 }) skipped.Add("LoG: no sigma given (setting 'sigma'), so no LoG image");
        foreach (var text in options.Sigma ?? [])
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double sigma))
                throw new FilterException($"LoG sigma '{text}' is not a number");
            DerivedImage? derived = null;
            try { derived = new DerivedImage(LaplacianOfGaussianFilter.ImageTypeName(text), LaplacianOfGaussianFilter.Apply(image, sigma, region)) { Region = region }; }
            catch (FilterException e) { skipped.Add($"{LaplacianOfGaussianFilter.ImageTypeName(text)} skipped: {e.Message}"); }
            if (derived is not null) yield return derived;
        }
    }
}

/// <summary>The images an image type produced, and the ones PyRadiomics would skip (with the reason).</summary>
public sealed record DerivedImages(IReadOnlyList<DerivedImage> Images, IReadOnlyList<string> Skipped);
