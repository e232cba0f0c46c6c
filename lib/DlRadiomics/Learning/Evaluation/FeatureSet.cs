namespace DlRadiomics.Learning.Evaluation;

/// <summary>One feature set of a model comparison (the studies' Clinic, Rad_SAG, …, DLR).</summary>
/// <param name="Name">Its name in tables and figures.</param>
/// <param name="Train">Training rows × features.</param>
/// <param name="Test">Test-cohort rows × the same features in the same order, or null without a test cohort.</param>
/// <param name="Columns">Feature names, one per column, or null.</param>
/// <param name="Steps">Pipeline steps of this set, replacing <see cref="ModelComparisonOptions.Steps"/> (radiomics and deep sets select differently); null for the options' steps.</param>
public sealed record FeatureSet(string Name, double[][] Train, double[][]? Test = null, IReadOnlyList<string>? Columns = null, IReadOnlyList<Pipelines.IPipelineStep>? Steps = null);
