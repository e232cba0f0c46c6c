namespace DlRadiomics.Radiomics;

/// <summary>
/// A PyRadiomics feature class (firstorder, glcm, …). It computes its matrix once per ROI and returns every feature
/// it knows; the extractor keeps the enabled ones.
/// </summary>
public interface IFeatureClass
{
    /// <summary>Class name as in PyRadiomics parameter files and output keys (<c>glcm</c>, <c>firstorder</c>).</summary>
    string Name { get; }

    /// <summary>Features computed when the class is enabled without a feature list, in PyRadiomics' order.</summary>
    IReadOnlyList<string> DefaultFeatures { get; }

    /// <summary>Features that can also be requested by name (PyRadiomics computes them only when listed explicitly).</summary>
    IReadOnlyList<string> ExtraFeatures { get; }

    /// <summary>Names PyRadiomics accepts but never computes (deprecated duplicates), with the feature to use instead.</summary>
    IReadOnlyDictionary<string, string> DeprecatedFeatures { get; }

    /// <summary>All default and extra features of the ROI, keyed by feature name.</summary>
    IReadOnlyDictionary<string, double> Compute(FeatureInput input);
}

/// <summary>What a feature class receives: the cropped ROI, its discretisation (computed once, shared) and the settings.</summary>
public sealed class FeatureInput(RoiVolume volume, RoiVolume shapeVolume, RadiomicsSettings settings)
{
    private readonly Lazy<DiscretizedRoi> _discretized = new(() => Preprocessing.GrayLevelDiscretization.Apply(volume, settings));

    /// <summary>The ROI used for intensity and texture features (re-segmented when re-segmentation is enabled).</summary>
    public RoiVolume Volume { get; } = volume;

    /// <summary>The ROI used for shape features (the mask before re-segmentation unless <c>resegmentShape</c>).</summary>
    public RoiVolume ShapeVolume { get; } = shapeVolume;

    public RadiomicsSettings Settings { get; } = settings;

    public DiscretizedRoi Discretized => _discretized.Value;
}
