namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>
/// One IBSI tag compared with its published reference.
/// </summary>
/// <param name="Tag">IBSI tag.</param>
/// <param name="Reference">Published value (null when IBSI gives none).</param>
/// <param name="Tolerance">Published tolerance.</param>
/// <param name="Ours">Our value with the IBSI definition (null when not computed).</param>
/// <param name="WithinTolerance">Whether <paramref name="Ours"/> matches the reference (see <see cref="IbsiReferenceValue.IsWithin"/>).</param>
/// <param name="PyRadiomicsFeature">The PyRadiomics counterpart, with <c>[force2D]</c> when it needs that setting.</param>
/// <param name="PyRadiomics">The PyRadiomics counterpart's value.</param>
/// <param name="PyRadiomicsWithinTolerance">Whether the PyRadiomics value matches the reference.</param>
/// <param name="Agreement">Whether the PyRadiomics definition agrees with IBSI's.</param>
/// <param name="Note">How the value is obtained or what differs.</param>
public sealed record IbsiReportRow(
    string Tag, double? Reference, double? Tolerance, double? Ours, bool WithinTolerance,
    string? PyRadiomicsFeature, double? PyRadiomics, bool? PyRadiomicsWithinTolerance, IbsiAgreement Agreement, string Note);
