namespace DlRadiomics.Radiomics.Batch;

/// <summary>The result of one case: features, or the error that stopped it.</summary>
public sealed record CaseOutcome(ExtractionCase Case, RadiomicsResult? Result, string? Error)
{
    public bool Failed => Error is not null;
}
