namespace DlRadiomics.Cohort;

/// <summary>Settings of <see cref="RecurrenceCohortGenerator"/>; defaults are the published design of Zhang et al. 2026.</summary>
/// <param name="Seed">Master seed.</param>
/// <param name="Patients">Cohort size.</param>
/// <param name="Recurrences">Patients with postoperative recurrence.</param>
/// <param name="DiscShift">Mean shift (SD units) of the latent disc heterogeneity in recurrent patients.</param>
/// <param name="MuscleShift">Mean shift (SD units) of the latent muscle heterogeneity in recurrent patients.</param>
public sealed record RecurrenceCohortOptions(int Seed = SurgicalRiskCohortOptions.DefaultSeed, int Patients = 170, int Recurrences = 39,
    double DiscShift = 1.5, double MuscleShift = 0.8)
{
    /// <summary>The published design scaled to about <paramref name="patients"/> patients.</summary>
    public static RecurrenceCohortOptions Scaled(int patients, int seed = SurgicalRiskCohortOptions.DefaultSeed) =>
        new(seed, patients, Math.Clamp((int)Math.Round(patients * 39 / 170.0), 1, Math.Max(1, patients - 1)));
}

/// <summary>
/// Generates the recurrence cohort (patients after percutaneous transforaminal endoscopic discectomy, a share of whom
/// have a recurrent herniation). Only the design is published (170 patients, 39 recurrences; disc Radscore AUC 0.857,
/// muscle Radscore AUC 0.718, Pfirrmann grade AUC 0.506), so the covariates follow plausible distributions for
/// such patients and the outcome signal lives in latent disc and muscle heterogeneity that only the images carry.
/// </summary>
/// <remarks>
/// Recurrence is fixed first (exactly <c>Recurrences</c> patients). Latent disc heterogeneity ~ N(DiscShift·y, 1) and
/// muscle heterogeneity ~ N(MuscleShift·y, 1), the latter loading on the multifidus Goutallier grade; BMI, smoking and
/// Modic change carry a weak shift (0.25 SD); the Pfirrmann grade is independent of recurrence.
/// </remarks>
public static class RecurrenceCohortGenerator
{
    public static SyntheticCohort Generate(RecurrenceCohortOptions? options = null)
    {
        options ??= new RecurrenceCohortOptions();
        if (options.Recurrences <= 0 || options.Recurrences >= options.Patients)
            throw new ArgumentException($"Recurrences {options.Recurrences} must be between 1 and Patients − 1 ({options.Patients - 1})");
        int n = options.Patients;
        var rng = DeterministicRandom.Create(options.Seed, 500);
        var outcome = Enumerable.Range(0, n).Select(i => i < options.Recurrences ? 1 : 0).OrderBy(_ => rng.Next()).ToArray();
        double[] Latent(double shift) => outcome.Select(y => rng.NextNormal() + shift * y).ToArray();
        int[] Share(double[] z, params double[] shares) => ExactMarginals.Categories(z, ExactMarginals.ScaleCounts(shares.Select(s => (int)Math.Round(s * 1000)).ToArray(), n));

        var muscle = Latent(options.MuscleShift);
        var disc = Latent(options.DiscShift);
        var degeneration = Latent(0);
        var age = ExactMarginals.Continuous(degeneration.Select(d => 0.5 * d + 0.87 * rng.NextNormal()).ToArray(), 46, 12, ContinuousFamily.Beta, 18, 80, 0);
        var bmi = ExactMarginals.Continuous(Latent(0.25), 24.6, 3.4, ContinuousFamily.Gamma, 16, 42, 1);
        var sex = Share(Latent(0), 0.42, 0.58);
        var smoke = Share(Latent(0.25), 0.72, 0.28);
        var diabetes = Share(Latent(0), 0.9, 0.1);
        var hypertension = Share(Latent(0), 0.8, 0.2);
        var duration = ExactMarginals.Continuous(Latent(0), 9, 10, ContinuousFamily.Gamma, 0.5, 120, 1);
        var levels = Enumerable.Range(0, n).Select(_ => SurgicalRiskCohortGenerator.PickLevel(rng.NextDouble())).ToArray();
        var pfirrmann = Share(degeneration, 0.02, 0.14, 0.40, 0.34, 0.10).Select(g => g + 1).ToArray();
        var modic = Share(degeneration.Select((d, i) => 0.5 * d + 0.87 * rng.NextNormal() + 0.25 * outcome[i]).ToArray(), 0.78, 0.22);
        var mmfi = Share(muscle.Select(m => 0.6 * m + 0.8 * rng.NextNormal()).ToArray(), 0.18, 0.36, 0.30, 0.12, 0.04);
        var erector = Share(muscle.Select(m => 0.5 * m + 0.87 * rng.NextNormal()).ToArray(), 0.3, 0.4, 0.2, 0.07, 0.03);
        var msuSize = Share(Latent(0), 0.1, 0.6, 0.3).Select(s => s + 1).ToArray();
        var muscleArea = ExactMarginals.Continuous(sex.Select(s => s + rng.NextNormal()).ToArray(), 1, 0.15, ContinuousFamily.Normal, 0.6, 1.5, 3);

        var rows = new List<Dictionary<string, object?>>();
        var traits = new List<PatientTraits>();
        for (int i = 0; i < n; i++)
        {
            string id = $"R{i + 1:D3}";
            rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["PatientID"] = id, ["Sex"] = (double)sex[i], ["Age"] = age[i], ["BMI"] = bmi[i], ["Smoke"] = (double)smoke[i],
                ["Diabetes"] = (double)diabetes[i], ["Hypertension"] = (double)hypertension[i], ["DurationMonths"] = duration[i],
                ["ResponsibleLevel"] = levels[i], ["PfirrmannGrade"] = (double)pfirrmann[i], ["ModicChange"] = (double)modic[i],
                ["MMFI"] = (double)mmfi[i], ["Recurrence"] = (double)outcome[i],
            });
            string location = new[] { "A", "B", "B", "C", "AB" }[rng.Next(5)];
            traits.Add(new PatientTraits(id, "recurrence", outcome[i], levels[i], pfirrmann[i], msuSize[i], location, rng.NextDouble(),
                modic[i] == 1, rng.NextDouble() < 0.3, mmfi[i], erector[i], Math.Min(erector[i], 1),
                700 * muscleArea[i], 1300 * muscleArea[i], 1350 * muscleArea[i], 8 + 0.8 * (bmi[i] - 20),
                disc[i], muscle[i], DeterministicRandom.Derive(options.Seed, 2000, i)));
        }
        var schema = TableSchema.BuiltIn("recurrence");
        return new SyntheticCohort(schema, SurgicalRiskCohortGenerator.Columns(schema, rows), traits);
    }
}
