namespace DlRadiomics.Statistics.Calibration;

/// <summary>Brier score: mean squared difference between predicted probability and 0/1 outcome, (1/n) Σ (pᵢ − yᵢ)².</summary>
public static class BrierScore
{
    /// <param name="predicted">Predicted probabilities in [0, 1].</param>
    /// <param name="outcome">Observed outcome, 0/1.</param>
    public static double Compute(IReadOnlyList<double> predicted, IReadOnlyList<int> outcome)
    {
        CalibrationInput.Validate(predicted, outcome, "Brier score", openInterval: false);
        double s = 0;
        for (int i = 0; i < outcome.Count; i++) s += (predicted[i] - outcome[i]) * (predicted[i] - outcome[i]);
        return s / outcome.Count;
    }
}
