using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Deep;

/// <summary>The result of one case: its deep features, or the error that stopped it.</summary>
public sealed record DeepCaseOutcome(ExtractionCase Case, DeepFeatures? Features, string? Error)
{
    public bool Failed => Error is not null;
}
