using DlRadiomics.Imaging;
using DlRadiomics.Radiomics.Shape;

namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// Computes features keyed by IBSI tag (<c>cm_contrast_3D_avg</c>) in either convention: IBSI's definitions and
/// aggregations for every tag of <see cref="IbsiFeatureMap"/> marked computed, or PyRadiomics' value for every tag
/// that has a PyRadiomics counterpart.
/// </summary>
/// <remarks>
/// The settings give the label and the discretisation: with the IBSI convention a bin width is IBSI's fixed bin size
/// (bins start at the ROI minimum), with the PyRadiomics convention PyRadiomics' (bins at multiples of the width).
/// IBSI's digital phantom needs no interpolation, no re-segmentation and keeps its integer grey levels:
/// <see cref="PhantomSettings"/> (bin width 1; the ROI minimum is 1, so both conventions keep the levels 1…6).
/// Neighbourhoods are fixed to IBSI's (Chebyshev distance 1, symmetric co-occurrence, α = 0); the 2-D and 2.5-D
/// aggregations use slices of constant z.
/// </remarks>
public static class IbsiFeatureExtractor
{
    /// <summary>Settings for IBSI's digital phantom: label 1, bin width 1 (grey levels 1…6 kept), no minimum ROI size.</summary>
    public static RadiomicsSettings PhantomSettings { get; } = new(Label: 1, BinWidth: 1, MinimumRoiDimensions: 1, AdditionalInfo: false);

    /// <summary>Features of the ROI keyed by IBSI tag, in <paramref name="convention"/>.</summary>
    public static IReadOnlyDictionary<string, double> Compute(VoxelImage image, LabelMask mask, FeatureConvention convention, RadiomicsSettings? settings = null) =>
        convention == FeatureConvention.Ibsi ? ComputeIbsi(image, mask, settings) : ComputePyRadiomics(image, mask, settings);

    /// <summary>Every computed IBSI tag with IBSI's definition.</summary>
    public static IReadOnlyDictionary<string, double> ComputeIbsi(VoxelImage image, LabelMask mask, RadiomicsSettings? settings = null)
    {
        var roi = IbsiRoi.Prepare(image, mask, settings ?? PhantomSettings, FeatureConvention.Ibsi);
        var output = new Dictionary<string, double>();
        IbsiMorphology.Compute(roi, output);
        IbsiLocalIntensity.Compute(roi, output);
        foreach (var (name, value) in IbsiIntensityStatistics.Compute(roi.Volume.RoiIntensities())) output["stat_" + name] = value;
        IbsiIntensityHistogram.Compute(roi, output);
        IbsiIntensityVolumeHistogram.Compute(roi, output);
        IbsiCooccurrence.Compute(roi, output);
        IbsiRunLength.Compute(roi, output);
        IbsiSizeZone.Compute(roi, output);
        IbsiDistanceZone.Compute(roi, output);
        IbsiNeighbourhoodGreyToneDifference.Compute(roi, output);
        IbsiNeighbouringGreyLevelDependence.Compute(roi, output);
        return IbsiFeatureMap.All.Where(d => d.IsComputed).ToDictionary(d => d.Tag, d => output.TryGetValue(d.Tag, out double v)
            ? v : throw new IbsiException($"IBSI tag '{d.Tag}' is marked computed but no calculator produced it"));
    }

    /// <summary>
    /// PyRadiomics' value for every IBSI tag with a PyRadiomics counterpart, from extractions with the settings of
    /// <see cref="PyRadiomicsAggregation"/> (volume, force2D, and both with weightingNorm no_weighting).
    /// </summary>
    public static IReadOnlyDictionary<string, double> ComputePyRadiomics(VoxelImage image, LabelMask mask, RadiomicsSettings? settings = null)
    {
        var s = (settings ?? PhantomSettings) with { AdditionalInfo = false, Distances = [1], SymmetricalGlcm = true, GldmA = 0, Force2DDimension = 0 };
        var extractions = new Dictionary<PyRadiomicsAggregation, Dictionary<string, double>>
        {
            [PyRadiomicsAggregation.Volume] = PyRadiomicsFeatures(image, mask, s with { Force2D = false, WeightingNorm = null }, IntensityAndTexture),
            [PyRadiomicsAggregation.Force2D] = PyRadiomicsFeatures(image, mask, s with { Force2D = true, WeightingNorm = null }, IntensityAndTexture),
            [PyRadiomicsAggregation.MergedDirections] = PyRadiomicsFeatures(image, mask, s with { Force2D = false, WeightingNorm = WeightingNorm.NoWeighting }, ["glcm", "glrlm"]),
            [PyRadiomicsAggregation.Force2DMergedDirections] = PyRadiomicsFeatures(image, mask, s with { Force2D = true, WeightingNorm = WeightingNorm.NoWeighting }, ["glcm", "glrlm"]),
        };
        var roi = IbsiRoi.Prepare(image, mask, s, FeatureConvention.PyRadiomics);
        foreach (var (name, value) in ShapeFeatures.Compute(roi.Volume.Mask, roi.Volume.Size, roi.Volume.Spacing))
            extractions[PyRadiomicsAggregation.Volume]["original_shape_" + name] = value;
        var output = new Dictionary<string, double>();
        foreach (var d in IbsiFeatureMap.All)
        {
            if (d.PyRadiomicsFeature is not { } key) continue;
            output[d.Tag] = extractions[d.PyRadiomicsSettings].TryGetValue(key, out double v)
                ? v : throw new IbsiException($"PyRadiomics feature '{d.PyRadiomicsLabel}' (for IBSI tag '{d.Tag}') was not computed by the extractor");
        }
        return output;
    }

    private static readonly string[] IntensityAndTexture = ["firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    private static Dictionary<string, double> PyRadiomicsFeatures(VoxelImage image, LabelMask mask, RadiomicsSettings settings, string[] classes)
    {
        var enabled = classes.Select(c => new KeyValuePair<string, IReadOnlyList<string>?>(c, null)).ToArray();
        var extractor = new RadiomicsExtractor(new ExtractionParameters(settings, ["Original"], enabled));
        return extractor.Extract(image, mask).Features.ToDictionary(f => f.Key, f => f.Value);
    }
}
