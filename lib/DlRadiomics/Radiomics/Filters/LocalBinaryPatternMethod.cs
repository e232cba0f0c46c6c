namespace DlRadiomics.Radiomics.Filters;

/// <summary>
/// How scikit-image's <c>local_binary_pattern</c> turns the thresholded circle of samples into a value (PyRadiomics
/// setting <c>lbp2DMethod</c>; <see cref="LocalBinaryPattern"/> gives the formulas).
/// </summary>
public enum LocalBinaryPatternMethod
{
    /// <summary><c>default</c>: the pattern as a binary number.</summary>
    Default,
    /// <summary><c>ror</c>: the smallest of the pattern's circular rotations (rotation invariant).</summary>
    Ror,
    /// <summary><c>uniform</c>: the number of ones of a uniform pattern, P + 1 otherwise (PyRadiomics' default).</summary>
    Uniform,
    /// <summary><c>nri_uniform</c>: a separate code for each uniform pattern and its rotation (not rotation invariant).</summary>
    NriUniform,
    /// <summary><c>var</c>: the variance of the samples (rotation invariant contrast).</summary>
    Var,
}
