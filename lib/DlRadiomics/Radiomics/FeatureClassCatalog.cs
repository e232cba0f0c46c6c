namespace DlRadiomics.Radiomics;

/// <summary>The feature classes this engine computes, by PyRadiomics name.</summary>
public static class FeatureClassCatalog
{
    /// <summary>Available classes in PyRadiomics' default order.</summary>
    public static IReadOnlyList<IFeatureClass> All { get; } =
    [
        new FirstOrderFeatures(), new GlcmFeatures(), new GldmFeatures(), new GlrlmFeatures(), new GlszmFeatures(), new NgtdmFeatures(),
        new Shape.ShapeFeatureClass(), new Shape.Shape2DFeatureClass(),
    ];

    /// <summary>PyRadiomics classes known by name but not computed by this build.</summary>
    public static IReadOnlyList<string> Unavailable { get; } = [];

    public static IFeatureClass Find(string name)
    {
        var found = All.FirstOrDefault(c => c.Name == name);
        if (found is not null) return found;
        if (Unavailable.Contains(name))
            throw new FeatureClassUnavailableException($"feature class '{name}' is not available in this build; remove it from featureClass");
        throw new RadiomicsSettingsException(
            $"unknown feature class '{name}'; known classes: {string.Join(", ", All.Select(c => c.Name).Concat(Unavailable))}");
    }

    /// <summary>
    /// Resolves the enabled features of each class (all defaults when the list is null), validating every name. Without
    /// a featureClass section every class is enabled, shape2D only with <c>force2D</c>, as PyRadiomics does. Shape
    /// classes come first, as PyRadiomics computes them before the others.
    /// </summary>
    public static IReadOnlyList<(IFeatureClass Class, IReadOnlyList<string> Features)> Resolve(
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>?>>? classes, RadiomicsSettings settings)
    {
        if (classes is null)
            return ShapeFirst(All.Where(c => c.Name != "shape2D" || settings.Force2D).Select(c => (c, c.DefaultFeatures)));
        var result = new List<(IFeatureClass, IReadOnlyList<string>)>();
        foreach (var (name, features) in classes)
        {
            var c = Find(name);
            if (features is null) { result.Add((c, c.DefaultFeatures)); continue; }
            foreach (var f in features)
            {
                if (c.DefaultFeatures.Contains(f) || c.ExtraFeatures.Contains(f)) continue;
                if (c.DeprecatedFeatures.TryGetValue(f, out var instead))
                    throw new RadiomicsSettingsException($"feature '{name}/{f}' is deprecated in PyRadiomics and has no value; use {instead}");
                throw new RadiomicsSettingsException(
                    $"unknown feature '{f}' in class '{name}'; known: {string.Join(", ", c.DefaultFeatures.Concat(c.ExtraFeatures))}");
            }
            result.Add((c, features));
        }
        return ShapeFirst(result);
    }

    private static IReadOnlyList<(IFeatureClass, IReadOnlyList<string>)> ShapeFirst(IEnumerable<(IFeatureClass Class, IReadOnlyList<string>)> classes) =>
        classes.OrderBy(c => c.Class.Name.StartsWith("shape", StringComparison.Ordinal) ? 0 : 1).ToArray();
}
