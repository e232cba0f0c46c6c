namespace DlRadiomics.Statistics.Calibration;

/// <summary>Checks shared by the calibration measures: equal lengths, 0/1 outcome, probabilities in range.</summary>
internal static class CalibrationInput
{
    public static void Validate(IReadOnlyList<double> predicted, IReadOnlyList<int> outcome, string what, bool openInterval)
    {
        if (outcome.Count != predicted.Count) throw new StatisticsInputException($"{what}: {predicted.Count} predictions but {outcome.Count} outcomes.");
        if (outcome.Count == 0) throw new StatisticsInputException($"{what}: no patients.");
        for (int i = 0; i < outcome.Count; i++)
        {
            if (outcome[i] is not (0 or 1)) throw new StatisticsInputException($"{what}: outcome {i + 1} is {outcome[i]}; it must be 0 or 1.");
            double p = predicted[i];
            bool bad = openInterval ? !(p > 0 && p < 1) : !(p >= 0 && p <= 1);
            if (bad) throw new StatisticsInputException($"{what}: prediction {i + 1} is {p}; probabilities must lie in {(openInterval ? "(0, 1)" : "[0, 1]")}.");
        }
    }
}
