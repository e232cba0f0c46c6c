using DlRadiomics.Learning.Pipelines;

namespace DlRadiomics.Learning.Evaluation;

/// <summary>Settings of <see cref="ModelComparison.Run"/>.</summary>
/// <param name="Learners">The learners compared (short names must differ); a <see cref="HyperParameterSearch"/> tunes inside each training fold.</param>
/// <param name="Steps">Pipeline steps before every learner, in order (standardize, mwu, spearman, lasso, pca); none by default. A feature set with its own <see cref="FeatureSet.Steps"/> uses those instead.</param>
/// <param name="Folds">Folds of the stratified k-fold on the training rows.</param>
/// <param name="Seed">Seed of the fold shuffle (scikit-learn <c>StratifiedKFold(Folds, shuffle=True, random_state=Seed)</c>).</param>
/// <param name="FoldIds">Fold of each training row (0-based), overriding <paramref name="Folds"/> and <paramref name="Seed"/>.</param>
/// <param name="Protocols">Protocols to run, side by side; <see cref="ComparisonProtocol.Safe"/> alone when null.</param>
/// <param name="Top">Learners per feature set that receive a vote.</param>
/// <param name="Level">Confidence level of the DeLong intervals and tests.</param>
/// <param name="MaxDegreeOfParallelism">Fits run at once; null means one per core. Results do not depend on it.</param>
public sealed record ModelComparisonOptions(
    IReadOnlyList<ILearner> Learners,
    IReadOnlyList<IPipelineStep>? Steps = null,
    int Folds = 5,
    int Seed = 0,
    IReadOnlyList<int>? FoldIds = null,
    IReadOnlyList<ComparisonProtocol>? Protocols = null,
    int Top = 3,
    double Level = 0.95,
    int? MaxDegreeOfParallelism = null);
