namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// An empirical ROC curve in pROC's layout: one point per threshold, from the threshold calling everyone positive
/// (sensitivity 1) to the one calling nobody positive (specificity 1), with the sensitivity and
/// specificity of the rule "positive when score ≥ threshold" (<see cref="RocDirection.ControlsLower"/>) or
/// "score ≤ threshold" (<see cref="RocDirection.ControlsHigher"/>).
/// </summary>
/// <param name="Direction">The resolved direction (never <see cref="RocDirection.Auto"/>).</param>
/// <param name="Convention">How <paramref name="Thresholds"/> are expressed.</param>
/// <param name="Thresholds">Ascending for <see cref="RocDirection.ControlsLower"/>, descending for
/// <see cref="RocDirection.ControlsHigher"/>; the first and last are ±∞ under <see cref="RocThresholdConvention.Midpoint"/>.</param>
/// <param name="Sensitivities">True-positive rate at each threshold.</param>
/// <param name="Specificities">True-negative rate at each threshold (1 − FPR).</param>
/// <param name="Auc">Area under the curve (Mann–Whitney estimate, identical to the trapezoidal area).</param>
/// <param name="Cases">Scores of the patients with outcome 1, in input order.</param>
/// <param name="Controls">Scores of the patients with outcome 0, in input order.</param>
/// <param name="Outcome">The 0/1 outcome the curve was built from; paired tests require equal outcomes.</param>
public sealed record RocCurve(
    RocDirection Direction,
    RocThresholdConvention Convention,
    IReadOnlyList<double> Thresholds,
    IReadOnlyList<double> Sensitivities,
    IReadOnlyList<double> Specificities,
    double Auc,
    IReadOnlyList<double> Cases,
    IReadOnlyList<double> Controls,
    IReadOnlyList<int> Outcome)
{
    /// <summary>Table rows left out for a missing value (DataFrame entry point, listwise deletion); 0 for arrays.</summary>
    public int RowsDropped { get; init; }

    public int CaseCount => Cases.Count;
    public int ControlCount => Controls.Count;

    /// <summary>False-positive rates (1 − specificity), the x axis of the usual plot.</summary>
    public IReadOnlyList<double> FalsePositiveRates => Specificities.Select(s => 1.0 - s).ToArray();

    internal RankedScores Rank() => new(Cases.ToArray(), Controls.ToArray());
}
