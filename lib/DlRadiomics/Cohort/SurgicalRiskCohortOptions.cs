namespace DlRadiomics.Cohort;

/// <summary>Settings of <see cref="SurgicalRiskCohortGenerator"/>. The defaults are the published cohort sizes of Fan et al. 2024.</summary>
/// <param name="Seed">Master seed; the same seed gives the same cohort.</param>
/// <param name="TrainingPatients">Size of the training cohort (internal centre).</param>
/// <param name="TrainingSurgical">Surgical patients among them.</param>
/// <param name="TestPatients">Size of the external test cohort.</param>
/// <param name="TestSurgical">Surgical patients among them.</param>
/// <param name="MissingRate">Probability that a value of <see cref="SurgicalRiskModel.ColumnsWithMissingValues"/> is blanked (0 = complete data).</param>
public sealed record SurgicalRiskCohortOptions(
    int Seed = SurgicalRiskCohortOptions.DefaultSeed,
    int TrainingPatients = 1066,
    int TrainingSurgical = 404,
    int TestPatients = 191,
    int TestSurgical = 47,
    double MissingRate = 0.01)
{
    public const int DefaultSeed = 2024;

    /// <summary>The published design shrunk (or grown) to about <paramref name="patients"/> patients, keeping the cohort and outcome proportions.</summary>
    public static SurgicalRiskCohortOptions Scaled(int patients, int seed = DefaultSeed, double missingRate = 0.01)
    {
        var full = new SurgicalRiskCohortOptions();
        if (patients < 8) throw new ArgumentOutOfRangeException(nameof(patients), patients, "at least 8 patients are needed (two per cohort and outcome)");
        double f = patients / (double)(full.TrainingPatients + full.TestPatients);
        int test = Math.Max(4, (int)Math.Round(full.TestPatients * f));
        int training = patients - test;
        return new SurgicalRiskCohortOptions(seed,
            training, Math.Clamp((int)Math.Round(full.TrainingSurgical * f), 2, training - 2),
            test, Math.Clamp((int)Math.Round(full.TestSurgical * f), 2, test - 2),
            missingRate);
    }

    internal void Validate()
    {
        if (TrainingSurgical <= 0 || TrainingSurgical >= TrainingPatients) throw new ArgumentException($"TrainingSurgical {TrainingSurgical} must be between 1 and TrainingPatients − 1 ({TrainingPatients - 1})");
        if (TestSurgical <= 0 || TestSurgical >= TestPatients) throw new ArgumentException($"TestSurgical {TestSurgical} must be between 1 and TestPatients − 1 ({TestPatients - 1})");
        if (MissingRate is < 0 or > 0.5) throw new ArgumentException($"MissingRate {MissingRate} must be within [0, 0.5]");
    }
}
