using BenchmarkDotNet.Attributes;
using DlRadiomics.Cohort;

namespace DlRadiomics.Benchmarks;

/// <summary>
/// Cost of the synthetic data: the clinical table of the full cohort, and one patient's images and masks (the full
/// data set is ~1430 of these, spread over the cores). End to end: <c>dlr synth --out DIR --images</c> prints its time.
/// </summary>
[MemoryDiagnoser]
public class CohortBenchmarks
{
    private PatientTraits _patient = null!;

    [GlobalSetup]
    public void Setup() => _patient = SurgicalRiskCohortGenerator.Generate(SurgicalRiskCohortOptions.Scaled(20)).Patients[0];

    [Benchmark]
    public SyntheticCohort SurgicalRiskTable() => SurgicalRiskCohortGenerator.Generate();

    [Benchmark]
    public PatientImages OnePatientImages() => SyntheticMrImages.Generate(_patient, SyntheticStudy.SurgicalRisk, [Delineation.First]);

    [Benchmark]
    public PatientImages OnePatientImagesWithReliabilityMasks() => SyntheticMrImages.Generate(_patient, SyntheticStudy.SurgicalRisk, Delineation.Reliability);
}
