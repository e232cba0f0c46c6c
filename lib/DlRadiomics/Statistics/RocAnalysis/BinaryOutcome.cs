namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// A validated pair of a continuous score and a 0/1 outcome, split into the scores of the cases (outcome 1) and the
/// controls (outcome 0), each in input order.
/// </summary>
internal sealed record BinaryOutcome(double[] Cases, double[] Controls)
{
    /// <summary>Checks lengths, finiteness, 0/1 coding and that both classes are present.</summary>
    public static BinaryOutcome Split(IReadOnlyList<double> scores, IReadOnlyList<int> outcome, string scoreName = "scores")
    {
        if (scores.Count != outcome.Count)
            throw new StatisticsInputException($"{scoreName} has {scores.Count} values but the outcome has {outcome.Count}; give one score per patient");
        var cases = new List<double>();
        var controls = new List<double>();
        for (int i = 0; i < scores.Count; i++)
        {
            double s = scores[i];
            if (!double.IsFinite(s))
                throw new StatisticsInputException($"{scoreName}[{i}] is {s}; remove or impute missing scores before computing ROC statistics");
            switch (outcome[i])
            {
                case 1: cases.Add(s); break;
                case 0: controls.Add(s); break;
                default:
                    throw new StatisticsInputException($"outcome[{i}] is {outcome[i]}; the outcome must be coded 0 (control) or 1 (case)");
            }
        }
        if (cases.Count == 0 || controls.Count == 0)
            throw new StatisticsInputException($"the outcome has a single class ({cases.Count} cases, {controls.Count} controls); ROC analysis needs both cases (1) and controls (0)");
        return new BinaryOutcome(cases.ToArray(), controls.ToArray());
    }

    /// <summary>Checks that an outcome vector is 0/1 coded and holds both classes; returns the number of cases.</summary>
    public static int CountCases(IReadOnlyList<int> outcome)
    {
        int cases = 0;
        for (int i = 0; i < outcome.Count; i++)
        {
            if (outcome[i] is not (0 or 1))
                throw new StatisticsInputException($"outcome[{i}] is {outcome[i]}; the outcome must be coded 0 (control) or 1 (case)");
            cases += outcome[i];
        }
        if (cases == 0 || cases == outcome.Count)
            throw new StatisticsInputException($"the outcome has a single class ({cases} cases, {outcome.Count - cases} controls); both classes are needed");
        return cases;
    }
}
