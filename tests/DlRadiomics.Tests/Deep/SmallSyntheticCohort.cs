using DlRadiomics.Cohort;
using DlRadiomics.Tests.Cohort;

namespace DlRadiomics.Tests.Deep;

/// <summary>A synthetic cohort of 8 + 8 patients with images, generated once for a test class.</summary>
public sealed class SmallSyntheticCohort : IDisposable
{
    private readonly TempFolder dir = new();

    public SmallSyntheticCohort() =>
        Paths = SyntheticData.Generate(dir.PathOf("data"), new SyntheticDataOptions(SurgicalRiskPatients: 8, RecurrencePatients: 8, ReliabilityPatients: 0));

    public SyntheticDataPaths Paths { get; }

    public void Dispose() => dir.Dispose();
}
