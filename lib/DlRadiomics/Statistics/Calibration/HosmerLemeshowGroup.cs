namespace DlRadiomics.Statistics.Calibration;

/// <summary>One risk group of the Hosmer–Lemeshow test.</summary>
/// <param name="Lower">Lower break (the first group includes it, the others exclude it).</param>
/// <param name="Upper">Upper break (included).</param>
/// <param name="Count">Patients in the group.</param>
/// <param name="ObservedEvents">Σ y in the group.</param>
/// <param name="ExpectedEvents">Σ p in the group.</param>
public sealed record HosmerLemeshowGroup(double Lower, double Upper, int Count, double ObservedEvents, double ExpectedEvents);
