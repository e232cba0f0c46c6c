namespace DlRadiomics.Cohort;

/// <summary>
/// The complete, true state of one synthetic patient that the image generator draws: graded findings as they are
/// (before any value is blanked as missing in the table) and the latent texture variables that carry part of the
/// outcome signal into the images. <see cref="Seed"/> fixes the patient's own random stream.
/// </summary>
/// <param name="Outcome">Surgery (surgical-risk cohort) or recurrence (recurrence cohort), 0/1.</param>
/// <param name="MsuSize">MSU herniation size 1–3.</param>
/// <param name="MsuLocation">MSU location: A, B, C or AB.</param>
/// <param name="HerniationExtent">Position of the herniation depth within its MSU size class, 0–1.</param>
/// <param name="DiscHeterogeneity">Latent disc texture score (standard-normal scale; shifted by the outcome).</param>
/// <param name="MuscleHeterogeneity">Latent paraspinal-muscle texture score (standard-normal scale; shifted by the outcome).</param>
public sealed record PatientTraits(
    string PatientId,
    string Cohort,
    int Outcome,
    string Level,
    int PfirrmannGrade,
    int MsuSize,
    string MsuLocation,
    double HerniationExtent,
    bool ModicChange,
    bool AnnulusTear,
    int MultifidusGoutallier,
    int ErectorSpinaeGoutallier,
    int PsoasGoutallier,
    double MultifidusArea,
    double ErectorSpinaeArea,
    double PsoasArea,
    double SubcutaneousFat,
    double DiscHeterogeneity,
    double MuscleHeterogeneity,
    int Seed);
