namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// IBSI's texture aggregation suffixes and the averaging of per-slice or per-direction feature sets.
/// </summary>
/// <remarks>
/// 2D: per slice (in-plane neighbours only); 2.5D: slices merged into one matrix; 3D: the volume with 26-connectivity.
/// "avg": a feature per direction (and slice) then the mean; "comb": the direction matrices merged first.
/// </remarks>
public static class IbsiAggregation
{
    /// <summary>Adds <paramref name="features"/> to <paramref name="output"/> as <c>prefix_name_suffix</c>.</summary>
    public static void Add(IDictionary<string, double> output, string prefix, string suffix, IReadOnlyDictionary<string, double> features)
    {
        foreach (var (name, value) in features) output[$"{prefix}_{name}_{suffix}"] = value;
    }

    /// <summary>Mean of each feature over <paramref name="sets"/> (all sets have the same keys).</summary>
    public static Dictionary<string, double> Mean(IReadOnlyList<Dictionary<string, double>> sets)
    {
        if (sets.Count == 0) throw new IbsiException("no slice or direction of the ROI has texture to average; the ROI is too small for this feature family");
        return sets[0].Keys.ToDictionary(k => k, k => sets.Average(s => s[k]));
    }
}
