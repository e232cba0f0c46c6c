namespace DlRadiomics.Cohort;

/// <summary>
/// The generating model of the synthetic surgical-risk cohort, as data: which Table 2 row feeds which column, each
/// continuous variable's distribution family and range, and the latent factors that correlate variables within a
/// cohort × group cell. See lib/DlRadiomics/Cohort/README.md for the model in words.
/// </summary>
public static class SurgicalRiskModel
{
    /// <summary>Latent factors shared by several variables (standard normal, independent).</summary>
    public enum Factor { Pain, Neurological, Degeneration, Muscle, Metabolic, Posture, Psychological, Social, BodySize }

    /// <summary>A continuous Table 2 variable.</summary>
    public sealed record ContinuousVariable(string Column, string Table2Name, ContinuousFamily Family, double Lower, double Upper, int Decimals);

    /// <summary>A two-level Table 2 variable coded 0/1; <see cref="LevelCodedOne"/> is the Table 2 level written as 1.</summary>
    public sealed record BinaryVariable(string Column, string Table2Name, string LevelCodedOne);

    public static IReadOnlyList<ContinuousVariable> Continuous { get; } =
    [
        new("Age", "Age", ContinuousFamily.Beta, 16, 44, 0),
        new("BMI", "BMI", ContinuousFamily.Gamma, 15, 45, 1),
        new("DepressionScore", "Depression score", ContinuousFamily.Normal, 20, 80, 0),
        new("AnxietyScore", "Anxiety score", ContinuousFamily.Normal, 20, 80, 0),
        new("VAS", "VAS", ContinuousFamily.Beta, 0, 10, 1),
        new("ODI", "ODI", ContinuousFamily.Beta, 0, 100, 1),
        new("LLA", "LLA(°)", ContinuousFamily.Normal, -10, 80, 1),
        new("LSA", "LSA(°)", ContinuousFamily.Normal, 5, 70, 1),
        new("SSA", "SSA(°)", ContinuousFamily.Normal, 5, 75, 1),
        new("PMMCSA", "PMMCsa(mm2)", ContinuousFamily.Gamma, 200, 4000, 0),
        new("QLMCSA", "QLMCSA(mm2)", ContinuousFamily.Gamma, 80, 2000, 0),
        new("MMCSA", "MMCSA(mm2)", ContinuousFamily.Gamma, 150, 2000, 0),
        new("ESMCSA", "ESMCSA(mm2)", ContinuousFamily.Gamma, 200, 4000, 0),
        new("L12SFTT", "LI/2SFTT(mm)", ContinuousFamily.Gamma, 1, 80, 1),
    ];

    public static IReadOnlyList<BinaryVariable> Binary { get; } =
    [
        new("Sex", "Sex", "Male"),
        new("Labor", "Labor", "Heavy"),
        new("Smoke", "Smoke", "Yes"),
        new("Alcoholism", "Alcoholism", "Yes"),
        new("Duration", "Duration", ">3 months"),
        new("SpecialDiet", "Special diet", "Yes"),
        new("DrugAbuse", "Drug abuse", "Yes"),
        new("Education", "Education", "low"),
        new("Income", "Income", "Below average"),
        new("Diabetes", "Diabetes", "Yes"),
        new("Hypertension", "Hypertension", "Yes"),
        new("APSH", "APSH", "Yes"),
        new("LBP", "LBP", "Yes"),
        new("Sciatica", "Sciatica", "Yes"),
        new("ConservativeTreatment", "Conservative treatment", "Yes"),
        new("SuperficialSensation", "Superficial sensation", "Yes"),
        new("Reflex", "Reflex", "Yes"),
        new("WeakenedStrength", "Weakened Strength", "Yes"),
        new("SLRT", "SLRT", "Yes"),
        new("PfirrmannSevere", "Pfarrmann grade", "Severe"),
        new("ModicChange", "Modic change", "Yes"),
        new("AnnulusTear", "Annulus fibrosus tear", "Yes"),
        new("LumbodorsalMyofascitis", "Lumbodorsal myofascitis", "Yes"),
        new("PMMFISevere", "PMMFI", "Severe"),
        new("QLMFISevere", "QLMFI", "Severe"),
        new("ESMFISevere", "ESMFI", "Severe"),
        new("MMFISevere", "MMFI", "Severe"),
    ];

    /// <summary>The MSU classification row of Table 2 and its levels from least to most severe (size, then location).</summary>
    public const string MsuTable2Name = "MSU classification";

    public static IReadOnlyList<string> MsuOrder { get; } = ["1A", "1B", "1C", "2A", "2B", "2C", "2AB", "3A", "3B", "3AB"];

    /// <summary>
    /// Loadings of each latent score on the shared factors; the rest of its unit variance is its own noise. Image
    /// latents (<c>DiscTexture</c>, <c>HerniationExtent</c>, <c>MuscleTexture</c>) are included.
    /// </summary>
    public static IReadOnlyDictionary<string, (Factor Factor, double Loading)[]> Loadings { get; } = new Dictionary<string, (Factor, double)[]>
    {
        ["VAS"] = [(Factor.Pain, 0.75)],
        ["ODI"] = [(Factor.Pain, 0.75)],
        ["DepressionScore"] = [(Factor.Psychological, 0.65), (Factor.Pain, 0.2)],
        ["AnxietyScore"] = [(Factor.Psychological, 0.65), (Factor.Pain, 0.2)],
        ["LBP"] = [(Factor.Pain, 0.3)],
        ["Sciatica"] = [(Factor.Neurological, 0.5)],
        ["WeakenedStrength"] = [(Factor.Neurological, 0.6)],
        ["Reflex"] = [(Factor.Neurological, 0.4)],
        ["SLRT"] = [(Factor.Neurological, 0.4), (Factor.Pain, 0.2)],
        ["SuperficialSensation"] = [(Factor.Neurological, 0.3)],
        ["MSU"] = [(Factor.Degeneration, 0.5), (Factor.Neurological, 0.3)],
        ["PfirrmannSevere"] = [(Factor.Degeneration, 0.7)],
        ["ModicChange"] = [(Factor.Degeneration, 0.5)],
        ["AnnulusTear"] = [(Factor.Degeneration, 0.3)],
        ["Duration"] = [(Factor.Degeneration, 0.2)],
        ["MMFISevere"] = [(Factor.Muscle, 0.7), (Factor.Degeneration, 0.2)],
        ["ESMFISevere"] = [(Factor.Muscle, 0.6)],
        ["QLMFISevere"] = [(Factor.Muscle, 0.4)],
        ["PMMFISevere"] = [(Factor.Muscle, 0.3)],
        ["L12SFTT"] = [(Factor.Metabolic, 0.6), (Factor.Muscle, 0.2)],
        ["BMI"] = [(Factor.Metabolic, 0.7)],
        ["Diabetes"] = [(Factor.Metabolic, 0.4)],
        ["Hypertension"] = [(Factor.Metabolic, 0.4)],
        ["Age"] = [(Factor.Muscle, 0.3), (Factor.Degeneration, 0.3), (Factor.Metabolic, 0.2)],
        ["Sex"] = [(Factor.BodySize, 0.5)],
        ["PMMCSA"] = [(Factor.BodySize, 0.6)],
        ["QLMCSA"] = [(Factor.BodySize, 0.5)],
        ["MMCSA"] = [(Factor.BodySize, 0.5), (Factor.Muscle, -0.2)],
        ["ESMCSA"] = [(Factor.BodySize, 0.5), (Factor.Muscle, -0.2)],
        ["LLA"] = [(Factor.Posture, 0.8)],
        ["SSA"] = [(Factor.Posture, 0.7)],
        ["LSA"] = [(Factor.Posture, 0.5)],
        ["Labor"] = [(Factor.Social, 0.3)],
        ["Education"] = [(Factor.Social, 0.5)],
        ["Income"] = [(Factor.Social, 0.5)],
        ["Smoke"] = [(Factor.Social, 0.2)],
        ["Alcoholism"] = [(Factor.Social, 0.2)],
        ["DrugAbuse"] = [(Factor.Social, 0.2)],
        ["DiscTexture"] = [(Factor.Degeneration, 0.3)],
        ["HerniationExtent"] = [(Factor.Neurological, 0.3)],
        ["MuscleTexture"] = [(Factor.Muscle, 0.4)],
    };

    /// <summary>
    /// Mean shift (in SD units) of the image latents in surgical versus non-surgical patients: the part of the outcome
    /// signal that only the images carry (texture of the disc, herniation depth within its MSU class, muscle texture).
    /// </summary>
    public static IReadOnlyDictionary<string, double> OutcomeShift { get; } = new Dictionary<string, double>
    {
        ["DiscTexture"] = 0.9,
        ["HerniationExtent"] = 0.5,
        ["MuscleTexture"] = 0.3,
    };

    /// <summary>Share of Pfirrmann grades I/II/III among mild discs and IV/V among severe ones.</summary>
    public static IReadOnlyList<double> PfirrmannMildSplit { get; } = [0.15, 0.45, 0.40];
    public static IReadOnlyList<double> PfirrmannSevereSplit { get; } = [0.70, 0.30];

    /// <summary>Share of Goutallier grades 0/1/2 among mild muscles and 3/4 among severe ones.</summary>
    public static IReadOnlyList<double> GoutallierMildSplit { get; } = [0.35, 0.40, 0.25];
    public static IReadOnlyList<double> GoutallierSevereSplit { get; } = [0.70, 0.30];

    /// <summary>Responsible level shares L3/4, L4/5, L5/S1 (young adults: mostly L4/5 and L5/S1).</summary>
    public static IReadOnlyList<(string Level, double Share)> Levels { get; } = [("L3/4", 0.06), ("L4/5", 0.52), ("L5/S1", 0.42)];

    /// <summary>Columns that are blanked at <see cref="SurgicalRiskCohortOptions.MissingRate"/> (questionnaire and socio-economic items).</summary>
    public static IReadOnlyList<string> ColumnsWithMissingValues { get; } =
        ["BMI", "Labor", "Duration", "Education", "Income", "DepressionScore", "AnxietyScore", "ConservativeTreatment"];
}
