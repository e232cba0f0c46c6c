namespace DlRadiomics;

/// <summary>Base of every error the library raises on purpose; the message names the offending input and the fix.</summary>
public class DlRadiomicsException : Exception
{
    public DlRadiomicsException(string message) : base(message) { }
    public DlRadiomicsException(string message, Exception inner) : base(message, inner) { }
}
