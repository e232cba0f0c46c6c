namespace DlRadiomics.Numerics;

/// <summary>Floating-point constants shared by the numerical code.</summary>
public static class Precision
{
    /// <summary>Machine epsilon of <see cref="double"/>: 2⁻⁵² = 2.220446049250313e-16, the gap between 1 and the next double (numpy's <c>finfo(float).eps</c>, R's <c>.Machine$double.eps</c>).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;
}
