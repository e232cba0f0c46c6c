namespace DlRadiomics.Cohort;

/// <summary>
/// The complete, true state of one synthetic patient that the image generator draws: graded findings as they are
/// (before any value is blanked as missing in the table) and the latent texture variables that carry part of the
/// outcome signal into the images. <see cref="Seed"/> fixes the patient's own random stream.
/// </summary>
/// <param name="PatientId">Identifier, as in the patient table.</param>
/// <param name="Cohort">training, test or recurrence.</param>
/// <param name="Outcome">Surgery (surgical-risk cohort) or recurrence (recurrence cohort), 0/1.</param>
/// <param name="Level">Responsible level (L3/4, L4/5, L5/S1).</param>
/// <param name="PfirrmannGrade">Pfirrmann grade 1–5 of the responsible disc.</param>
/// <param name="MsuSize">MSU herniation size 1–3.</param>
/// <param name="MsuLocation">MSU location: A, B, C or AB.</param>
/// <param name="HerniationExtent">Position of the herniation depth within its MSU size class, 0–1.</param>
/// <param name="ModicChange">Modic endplate change at the level.</param>
/// <param name="AnnulusTear">Annulus fibrosus tear (a high-intensity zone).</param>
/// <param name="MultifidusGoutallier">Goutallier grade 0–4 of the multifidus.</param>
/// <param name="ErectorSpinaeGoutallier">Goutallier grade 0–4 of the erector spinae.</param>
/// <param name="PsoasGoutallier">Goutallier grade 0–4 of the psoas.</param>
/// <param name="MultifidusArea">Cross-sectional area of one multifidus, mm².</param>
/// <param name="ErectorSpinaeArea">Cross-sectional area of one erector spinae, mm².</param>
/// <param name="PsoasArea">Cross-sectional area of one psoas, mm².</param>
/// <param name="SubcutaneousFat">Subcutaneous fat thickness (L1/2), mm.</param>
/// <param name="DiscHeterogeneity">Latent disc texture score (standard-normal scale; shifted by the outcome).</param>
/// <param name="MuscleHeterogeneity">Latent paraspinal-muscle texture score (standard-normal scale; shifted by the outcome).</param>
/// <param name="Seed">Seed of the patient's own random streams.</param>
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
