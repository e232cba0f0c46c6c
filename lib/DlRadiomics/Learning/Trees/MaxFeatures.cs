namespace DlRadiomics.Learning;

/// <summary>
/// How many features a tree node draws as split candidates (scikit-learn's <c>max_features</c>), out of m features.
/// </summary>
public enum MaxFeatures
{
    /// <summary>All m features (<c>max_features=None</c>, the decision tree's default).</summary>
    All,

    /// <summary>max(1, ⌊√m⌋) (<c>max_features="sqrt"</c>, the forests' default).</summary>
    Sqrt,

    /// <summary>max(1, ⌊log₂ m⌋) (<c>max_features="log2"</c>).</summary>
    Log2,
}
