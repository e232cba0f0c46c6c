namespace DlRadiomics.Radiomics.Preprocessing.Resampling;

/// <summary>Interpolators for resampling, named after their SimpleITK counterparts (PyRadiomics' <c>interpolator</c>).</summary>
public enum Interpolator
{
    /// <summary><c>sitkNearestNeighbor</c>: value of the nearest voxel centre (ties round up).</summary>
    NearestNeighbor,
    /// <summary><c>sitkLinear</c>: trilinear interpolation between the 8 surrounding voxel centres.</summary>
    Linear,
    /// <summary><c>sitkBSpline</c>: cubic B-spline interpolation with mirror boundaries (PyRadiomics' default).</summary>
    BSpline,
}

/// <summary>Parses PyRadiomics' interpolator setting.</summary>
public static class InterpolatorNames
{
    private static readonly Dictionary<string, Interpolator> Names = new(StringComparer.Ordinal)
    {
        ["sitkNearestNeighbor"] = Interpolator.NearestNeighbor,
        ["sitkLinear"] = Interpolator.Linear,
        ["sitkBSpline"] = Interpolator.BSpline,
    };

    /// <summary>SimpleITK's interpolator enum values as PyRadiomics accepts them when given as numbers.</summary>
    private static readonly Dictionary<int, Interpolator> Codes = new()
    {
        [1] = Interpolator.NearestNeighbor, [2] = Interpolator.Linear, [3] = Interpolator.BSpline,
    };

    /// <summary>
    /// The interpolator for a setting value such as <c>sitkBSpline</c> (or SimpleITK's numeric code 1, 2, 3).
    /// Throws <see cref="ResamplingException"/> naming the supported names otherwise.
    /// </summary>
    public static Interpolator Parse(string name) =>
        TryParse(name, out var interpolator) ? interpolator
            : throw new ResamplingException($"interpolator '{name}' is not supported; use {Allowed}");

    /// <summary>The values <see cref="Parse"/> accepts, as error messages list them.</summary>
    public static string Allowed => $"one of {string.Join(", ", Names.Keys)} (or 1, 2, 3)";

    /// <summary>Whether <paramref name="name"/> names a supported interpolator.</summary>
    public static bool IsKnown(string name) => TryParse(name, out _);

    private static bool TryParse(string name, out Interpolator interpolator) =>
        Names.TryGetValue(name.Trim(), out interpolator) || (int.TryParse(name, out int code) && Codes.TryGetValue(code, out interpolator));
}
