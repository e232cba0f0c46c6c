using DlRadiomics.Cohort;

namespace DlRadiomics.Tests.Cohort;

public class RecurrenceCohortTests
{
    private static readonly Lazy<SyntheticCohort> Default = new(() => RecurrenceCohortGenerator.Generate());

    /// <summary>Area under the ROC curve of a score for a 0/1 outcome (Mann–Whitney, ties counted half).</summary>
    private static double Auc(IReadOnlyList<double> score, IReadOnlyList<int> outcome)
    {
        var pos = Enumerable.Range(0, score.Count).Where(i => outcome[i] == 1).Select(i => score[i]).ToArray();
        var neg = Enumerable.Range(0, score.Count).Where(i => outcome[i] == 0).Select(i => score[i]).ToArray();
        return pos.Sum(p => neg.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0)) / (pos.Length * (double)neg.Length);
    }

    [Fact]
    public void The_cohort_has_170_patients_and_39_recurrences_and_conforms_to_its_schema()
    {
        var cohort = Default.Value;
        Assert.Equal(170, cohort.Count);
        Assert.Equal(39, cohort.Numbers("Recurrence").Count(v => v == 1));
        using var dir = new TempFolder();
        cohort.WriteCsv(dir.PathOf("recurrence.csv"));
        var report = SchemaValidator.Validate(dir.PathOf("recurrence.csv"), TableSchema.BuiltIn("recurrence"));
        Assert.True(report.IsValid, report.Format());
        Assert.Equal(Enumerable.Range(1, 5).Select(g => (double?)g), cohort.Numbers("PfirrmannGrade").Distinct().Order());
    }

    [Fact]
    public void The_outcome_lives_in_disc_and_muscle_heterogeneity_not_in_the_Pfirrmann_grade()
    {
        var cohort = Default.Value;
        var y = cohort.Patients.Select(p => p.Outcome).ToArray();
        double disc = Auc(cohort.Patients.Select(p => p.DiscHeterogeneity).ToArray(), y);
        double muscle = Auc(cohort.Patients.Select(p => p.MuscleHeterogeneity).ToArray(), y);
        double pfirrmann = Auc(cohort.Patients.Select(p => (double)p.PfirrmannGrade).ToArray(), y);
        // The paper: disc Radscore 0.857, muscle Radscore 0.718, Pfirrmann 0.506; the latents are what the images carry.
        Assert.InRange(disc, 0.78, 0.95);
        Assert.InRange(muscle, 0.6, 0.82);
        Assert.InRange(pfirrmann, 0.38, 0.62);
    }

    [Fact]
    public void The_same_seed_gives_the_same_cohort()
    {
        var a = RecurrenceCohortGenerator.Generate(RecurrenceCohortOptions.Scaled(40, seed: 8));
        var b = RecurrenceCohortGenerator.Generate(RecurrenceCohortOptions.Scaled(40, seed: 8));
        Assert.Equal(a.Patients, b.Patients);
        Assert.Equal(9, a.Numbers("Recurrence").Count(v => v == 1));
    }
}
