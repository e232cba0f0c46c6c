namespace DlRadiomics.Cohort;

/// <summary>What <see cref="SyntheticData"/> writes.</summary>
/// <param name="Seed">Master seed of both cohorts and all images.</param>
/// <param name="SurgicalRiskPatients">Size of the surgical-risk cohort (training + test); null = the published 1257.</param>
/// <param name="RecurrencePatients">Size of the recurrence cohort; null = the published 170.</param>
/// <param name="Images">Write the MR images, masks and manifests (otherwise only the tables).</param>
/// <param name="Dicom">Also write each image as a DICOM MR series and a manifest pointing at the series.</param>
/// <param name="ReliabilityPatients">Patients per study (the first ones of each cohort) whose ROIs are also drawn a second time by rater 1 and once by rater 2, for ICC.</param>
/// <param name="MissingRate">Missing-value rate of the surgical-risk table (<see cref="SurgicalRiskCohortOptions.MissingRate"/>).</param>
/// <param name="MaxDegreeOfParallelism">Threads generating patients (null = all cores); the output does not depend on it.</param>
public sealed record SyntheticDataOptions(
    int Seed = SurgicalRiskCohortOptions.DefaultSeed,
    int? SurgicalRiskPatients = null,
    int? RecurrencePatients = null,
    bool Images = true,
    bool Dicom = false,
    int ReliabilityPatients = 30,
    double MissingRate = 0.01,
    int? MaxDegreeOfParallelism = null)
{
    public static SyntheticDataOptions Default { get; } = new();

    internal SurgicalRiskCohortOptions SurgicalRisk => SurgicalRiskPatients is { } n
        ? SurgicalRiskCohortOptions.Scaled(n, Seed, MissingRate)
        : new SurgicalRiskCohortOptions(Seed, MissingRate: MissingRate);

    internal RecurrenceCohortOptions Recurrence => RecurrencePatients is { } n ? RecurrenceCohortOptions.Scaled(n, Seed) : new RecurrenceCohortOptions(Seed);
}

/// <summary>Where a generated data set's files are.</summary>
/// <param name="Root">The data set folder.</param>
/// <param name="ClinicalTable">Surgical-risk table (schema <c>clinical</c>).</param>
/// <param name="SurgicalRiskImages">Manifest of the surgical-risk images (schema <c>images</c>), or null when images were not written.</param>
/// <param name="RecurrenceTable">Recurrence table (schema <c>recurrence</c>).</param>
/// <param name="RecurrenceImages">Manifest of the recurrence images; its foreign key points at <paramref name="RecurrenceTable"/>.</param>
/// <param name="SurgicalRiskDicomImages">Manifest with DICOM series folders as images, when DICOM was written.</param>
/// <param name="RecurrenceDicomImages">Same for the recurrence cohort.</param>
public sealed record SyntheticDataPaths(
    string Root,
    string ClinicalTable,
    string? SurgicalRiskImages,
    string RecurrenceTable,
    string? RecurrenceImages,
    string? SurgicalRiskDicomImages,
    string? RecurrenceDicomImages)
{
    /// <summary>Validation options for <see cref="RecurrenceImages"/>: its patients are looked up in the recurrence table.</summary>
    public ValidationOptions RecurrenceImagesValidation => new(References: new Dictionary<string, string> { ["clinical"] = RecurrenceTable });
}
