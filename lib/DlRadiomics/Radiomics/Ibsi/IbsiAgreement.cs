namespace DlRadiomics.Radiomics.Ibsi;

/// <summary>How an IBSI feature relates to PyRadiomics.</summary>
public enum IbsiAgreement
{
    /// <summary>A PyRadiomics feature has the IBSI definition (up to PyRadiomics' ε = 2.2·10⁻¹⁶ guards).</summary>
    SameDefinition,

    /// <summary>A PyRadiomics feature measures the same thing with a different definition; the note says how.</summary>
    DifferentDefinition,

    /// <summary>No PyRadiomics feature corresponds; computed here with the IBSI definition.</summary>
    IbsiOnly,

    /// <summary>Not computed by this library; the note says why.</summary>
    NotComputed,
}
