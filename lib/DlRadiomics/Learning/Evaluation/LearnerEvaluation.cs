namespace DlRadiomics.Learning.Evaluation;

/// <summary>One learner on one feature set under one protocol.</summary>
/// <param name="Protocol">Where the pipeline steps were fitted.</param>
/// <param name="FeatureSet">The feature set's name.</param>
/// <param name="Learner">The learner's short name.</param>
/// <param name="HyperParameters">The learner's settings and the pipeline steps.</param>
/// <param name="FoldAucs">AUC of each fold's held-out rows, in fold order.</param>
/// <param name="OutOfFoldScores">P(event) of every training row from the fold model that did not see it.</param>
/// <param name="Training">Table 4 row of the out-of-fold predictions; its Youden threshold is used for the test cohort.</param>
/// <param name="TestScores">P(event) of every test row from the model fitted on all training rows, or null without a test cohort.</param>
/// <param name="Test">Table 4 row of the test cohort at the training threshold, or null.</param>
/// <param name="FittedHyperParameters">Hyper-parameters of each fold's model (what a search chose), then of the all-rows model when there is a test cohort.</param>
/// <param name="NullModels">Fits in which a selection step kept no feature, so the model predicted the training event rate.</param>
public sealed record LearnerEvaluation(
    ComparisonProtocol Protocol,
    string FeatureSet,
    string Learner,
    IReadOnlyDictionary<string, string> HyperParameters,
    double[] FoldAucs,
    double[] OutOfFoldScores,
    CohortPerformance Training,
    double[]? TestScores,
    CohortPerformance? Test,
    IReadOnlyList<IReadOnlyDictionary<string, string>> FittedHyperParameters,
    int NullModels)
{
    /// <summary>Mean of the fold AUCs (scikit-learn's <c>cross_val_score(..., scoring="roc_auc").mean()</c>).</summary>
    public double CvAuc => FoldAucs.Average();

    /// <summary>The AUC the vote ranks: the test AUC when there is a test cohort, else <see cref="CvAuc"/>.</summary>
    public double RankedAuc => Test?.Auc ?? CvAuc;
}
