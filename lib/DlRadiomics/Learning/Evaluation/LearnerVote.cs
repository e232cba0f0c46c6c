namespace DlRadiomics.Learning.Evaluation;

/// <summary>How often a learner reached the top of the feature sets (the studies' "voting").</summary>
/// <param name="Protocol">The protocol whose AUCs were ranked.</param>
/// <param name="Learner">The learner's short name.</param>
/// <param name="Votes">Feature sets in which it ranked among the top <see cref="ModelComparisonOptions.Top"/>.</param>
/// <param name="FeatureSets">Those feature sets.</param>
/// <param name="MeanAuc">Its mean ranked AUC over all feature sets (breaks ties of votes).</param>
public sealed record LearnerVote(ComparisonProtocol Protocol, string Learner, int Votes, IReadOnlyList<string> FeatureSets, double MeanAuc);
