using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Preprocessing;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// A region of interest prepared once for the IBSI calculators: the image and mask on one grid, the crop to the ROI's
/// bounding box (<see cref="Volume"/>), its grey-level discretisation (<see cref="Discretized"/>) and the number of grey
/// levels N_g of the discretisation.
/// </summary>
/// <remarks>
/// Settings honoured: the label, mask correction and geometry tolerance, the minimum ROI checks, and the bin width or
/// bin count. Normalisation, re-segmentation and resampling are refused with an error (IBSI's phantom needs none, and
/// IBSI's separate intensity and morphological masks after re-segmentation are not modelled here).
/// </remarks>
public sealed class IbsiRoi
{
    private IbsiRoi(VoxelImage image, int[] labels, int label, BoundingBox box, RoiVolume volume, DiscretizedRoi discretized)
    {
        Image = image;
        Labels = labels;
        Label = label;
        Box = box;
        Volume = volume;
        Discretized = discretized;
    }

    /// <summary>The whole image (local intensity features look outside the ROI).</summary>
    public VoxelImage Image { get; }

    /// <summary>Mask labels on the image grid.</summary>
    public int[] Labels { get; }

    public int Label { get; }

    /// <summary>Bounding box of the ROI on the image grid.</summary>
    public BoundingBox Box { get; }

    /// <summary>Intensities and ROI membership cropped to <see cref="Box"/>.</summary>
    public RoiVolume Volume { get; }

    /// <summary>Grey levels (bin numbers 1…N_g) of the crop.</summary>
    public DiscretizedRoi Discretized { get; }

    /// <summary>N_g: the number of grey levels of the discretisation (the largest bin number), absent levels included.</summary>
    public int GrayLevelCount => Discretized.MaxGrayLevel;

    /// <summary>
    /// Pairs <paramref name="image"/> and <paramref name="mask"/> (checks as the extractor does) and discretises the ROI
    /// with <paramref name="settings"/>: a bin count as PyRadiomics (same definition in both conventions), a bin width
    /// as PyRadiomics or, with <paramref name="convention"/> <see cref="FeatureConvention.Ibsi"/>, as IBSI's fixed bin
    /// size (<see cref="IbsiDiscretisation"/>).
    /// </summary>
    public static IbsiRoi Prepare(VoxelImage image, LabelMask mask, RadiomicsSettings settings, FeatureConvention convention)
    {
        if (settings.Normalize) throw new IbsiException("setting 'normalize' is not supported in IBSI mode; remove it");
        if (settings.ResegmentRange is not null) throw new IbsiException("setting 'resegmentRange' is not supported in IBSI mode; remove it");
        if (settings.ResampledPixelSpacing is not null) throw new IbsiException("setting 'resampledPixelSpacing' is not supported in IBSI mode; resample the image first");
        var labels = MaskPreparation.OnImageGrid(image.Geometry, mask, settings, out _);
        var size = image.Geometry.Size;
        int label = settings.Label;
        var box = MaskPreparation.CheckedBoundingBox(size, labels, settings);
        var volume = RoiVolume.Crop(size, image.Geometry.Spacing, image.Voxels, normalization: null, labels, label, box);
        var discretized = convention == FeatureConvention.Ibsi && settings.BinCount is null
            ? IbsiDiscretisation.FixedBinSize(volume, settings.BinWidth)
            : GrayLevelDiscretization.Apply(volume, settings);
        return new IbsiRoi(image, labels, label, box, volume, discretized);
    }

    /// <summary>
    /// The slices (planes of constant z) of the discretised crop that hold ROI voxels, each as its own one-slice ROI,
    /// for IBSI's 2-D features.
    /// </summary>
    public IReadOnlyList<DiscretizedRoi> Slices()
    {
        var size = Volume.Size;
        int plane = size.X * size.Y;
        var slices = new List<DiscretizedRoi>();
        for (int z = 0; z < size.Z; z++)
        {
            var mask = Volume.Mask.AsSpan(z * plane, plane).ToArray();
            if (!mask.Contains(true)) continue;
            var volume = new RoiVolume(new Size3(size.X, size.Y, 1), Volume.Spacing, Volume.Intensities.AsSpan(z * plane, plane).ToArray(), mask);
            slices.Add(new DiscretizedRoi(volume, Discretized.Bins.AsSpan(z * plane, plane).ToArray(), Discretized.BinEdges));
        }
        return slices;
    }
}
