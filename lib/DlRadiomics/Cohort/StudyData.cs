namespace DlRadiomics.Cohort;

/// <summary>
/// The data a notebook analyses, from its parameters: a folder laid out as <c>dlr synth</c> writes it
/// (<c>surgical-risk/clinical.csv</c>, <c>surgical-risk/images.csv</c>, <c>recurrence/recurrence.csv</c>,
/// <c>recurrence/images.csv</c>), or, when no folder is given, the synthetic data set of a seed and cohort size,
/// generated on first use (images only when asked for; see <see cref="SyntheticData.EnsureDefault"/>).
/// </summary>
public static class StudyData
{
    /// <param name="dataFolder">A folder with the study tables; empty for the synthetic data set.</param>
    /// <param name="seed">Seed of the synthetic data set.</param>
    /// <param name="patients">Size of the synthetic surgical-risk cohort; 0 for the published 1257.</param>
    /// <param name="images">Whether the MR images and masks are needed (the synthetic ones are then generated).</param>
    /// <exception cref="SyntheticDataException">The folder lacks a table (or, with <paramref name="images"/>, a manifest) of that layout.</exception>
    public static SyntheticDataPaths Open(string dataFolder, int seed = SurgicalRiskCohortOptions.DefaultSeed, int patients = 0, bool images = false)
    {
        if (string.IsNullOrWhiteSpace(dataFolder))
        {
            var options = new SyntheticDataOptions(Seed: seed, SurgicalRiskPatients: patients > 0 ? patients : null);
            return images ? SyntheticData.EnsureImages(options) : SyntheticData.EnsureTables(options);
        }
        var root = Path.GetFullPath(dataFolder);
        string? Existing(string relative) => File.Exists(Path.Combine(root, relative)) ? Path.Combine(root, relative) : null;
        string Required(string relative, string what) => Existing(relative)
            ?? throw new SyntheticDataException(root, $"{relative} ({what}) is missing; the folder must be laid out as 'dlr synth --out' writes it");
        var paths = new SyntheticDataPaths(root,
            Required(Path.Combine("surgical-risk", "clinical.csv"), "clinical table"),
            Existing(Path.Combine("surgical-risk", "images.csv")),
            Path.Combine(root, "recurrence", "recurrence.csv"),
            Existing(Path.Combine("recurrence", "images.csv")),
            null, null);
        if (images) Required(Path.Combine("surgical-risk", "images.csv"), "image manifest");
        return paths;
    }
}
