namespace DlRadiomics.Statistics.RocAnalysis;

/// <summary>
/// The confusion matrix of a score dichotomised at <paramref name="Threshold"/> and the Table 4 metrics derived from it.
/// </summary>
/// <remarks>
/// accuracy = (TP + TN)/n, sensitivity = TP/(TP + FN), specificity = TN/(TN + FP), PPV = TP/(TP + FP),
/// NPV = TN/(TN + FN), F1 = 2TP/(2TP + FP + FN). PPV, NPV and F1 are NaN when their denominator is zero (nobody
/// called positive, or nobody called negative), as in pROC and scikit-learn with <c>zero_division=np.nan</c>;
/// <see cref="HasUndefinedMetric"/> says so.
/// </remarks>
public sealed record ClassificationMetrics(
    double Threshold,
    RocDirection Direction,
    int TruePositives,
    int FalsePositives,
    int TrueNegatives,
    int FalseNegatives)
{
    public int Count => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;
    public double Accuracy => (double)(TruePositives + TrueNegatives) / Count;
    public double Sensitivity => (double)TruePositives / (TruePositives + FalseNegatives);
    public double Specificity => (double)TrueNegatives / (TrueNegatives + FalsePositives);
    public double PositivePredictiveValue => Ratio(TruePositives, TruePositives + FalsePositives);
    public double NegativePredictiveValue => Ratio(TrueNegatives, TrueNegatives + FalseNegatives);
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>True when PPV, NPV or F1 is 0/0 at this threshold.</summary>
    public bool HasUndefinedMetric => TruePositives + FalsePositives == 0 || TrueNegatives + FalseNegatives == 0;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
