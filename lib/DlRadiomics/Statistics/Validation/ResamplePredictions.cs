namespace DlRadiomics.Statistics.Validation;

/// <summary>Scores of the held-out rows of one resample (one fold, one left-out patient, or one bootstrap).</summary>
/// <param name="Repeat">Repeat number (0 for single-pass schemes).</param>
/// <param name="Fold">Fold or resample number within the repeat.</param>
/// <param name="Rows">Row indices scored.</param>
/// <param name="Scores">Score of each of those rows from the model fitted without them.</param>
/// <param name="Outcomes">Their outcomes.</param>
public sealed record ResamplePredictions(int Repeat, int Fold, int[] Rows, double[] Scores, int[] Outcomes);
