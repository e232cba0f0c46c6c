using DlRadiomics.Statistics.RocAnalysis;


namespace DlRadiomics.Learning.Evaluation;

/// <summary>Paired DeLong tests between the feature sets' models of one learner on one cohort (the studies' Figure 8).</summary>
/// <param name="Protocol">Protocol of the predictions compared.</param>
/// <param name="Learner">The learner (the chosen one).</param>
/// <param name="Cohort">"train" (out-of-fold predictions) or "test".</param>
/// <param name="Tests">Every pair of feature sets, in the given order (first − second).</param>
public sealed record FeatureSetComparison(ComparisonProtocol Protocol, string Learner, string Cohort, IReadOnlyList<NamedDeLongTest> Tests);
