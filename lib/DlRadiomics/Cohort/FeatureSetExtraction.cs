using DlRadiomics.Radiomics.Batch;

namespace DlRadiomics.Cohort;

/// <summary>Where a feature set's table is, and whether it was extracted now (how many cases, failures, how long) or reused.</summary>
public sealed record FeatureSetExtraction(string Name, string Path, bool Extracted, int Cases, int Failed, TimeSpan Elapsed)
{
    public ExtractedFeatures Read() => ExtractedFeatures.Read(Path);
}
