namespace DlRadiomics.Learning.Evaluation;

/// <summary>A model comparison's progress after one fit: <paramref name="Completed"/> of <paramref name="Total"/> fits done.</summary>
/// <param name="Completed">Fits finished so far (in completion order, which varies with the threads).</param>
/// <param name="Total">All fits of the comparison.</param>
/// <param name="Protocol">Protocol of the fit just finished; null for the fit on all training rows, which both protocols share.</param>
/// <param name="FeatureSet">Its feature set.</param>
/// <param name="Learner">Its learner.</param>
/// <param name="Fold">Its fold (0-based), or null for the fit on all training rows that predicts the test cohort.</param>
public sealed record ComparisonProgress(int Completed, int Total, ComparisonProtocol? Protocol, string FeatureSet, string Learner, int? Fold);
