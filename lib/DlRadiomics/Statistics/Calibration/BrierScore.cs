namespace DlRadiomics.Statistics;

/// <summary>Brier score: mean squared difference between predicted probability and 0/1 outcome, (1/n) Σ (pᵢ − yᵢ)².</summary>
public static class BrierScore
{
    public static double Compute(IReadOnlyList<double> outcome, IReadOnlyList<double> predicted)
    {
        CalibrationInput.Validate(outcome, predicted, "Brier score", openInterval: false);
        double s = 0;
        for (int i = 0; i < outcome.Count; i++) s += (predicted[i] - outcome[i]) * (predicted[i] - outcome[i]);
        return s / outcome.Count;
    }
}
