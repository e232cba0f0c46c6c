using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Learning.Evaluation;

/// <summary>Settings of <see cref="TableComparison.Run"/>, the model comparison of CSV tables (<c>dlr learn compare</c>).</summary>
/// <param name="TrainPath">Training table (CSV).</param>
/// <param name="Outcome">Outcome column: 0/1, or two classes (the second in sort order is the event unless <paramref name="Positive"/> names it).</param>
/// <param name="TestPath">Test table with the same feature and outcome columns, or null.</param>
/// <param name="Positive">The outcome value counted as the event.</param>
/// <param name="Features">Feature columns; null takes every training column except the outcome and <paramref name="FoldsFrom"/>.</param>
/// <param name="Learners">Learner short names (<see cref="Learners.Names"/>); null runs all the library has.</param>
/// <param name="Folds">Folds of the seeded stratified k-fold.</param>
/// <param name="FoldsFrom">A training column of 0-based fold ids used instead of the seeded folds.</param>
/// <param name="Seed">Seed of the folds and of the stochastic learners.</param>
/// <param name="Standardize">Z-score the features (population SD, scikit-learn's <c>StandardScaler</c>) before the selection steps and the learner.</param>
/// <param name="Select">Selection steps in order: mwu (Mann–Whitney p &lt; 0.05), spearman (|ρ| &gt; 0.9 redundancy removal), lasso (inner 10-fold CV).</param>
/// <param name="Protocols">Safe, paper or both; safe alone when null.</param>
/// <param name="Missing">Rows with a missing outcome, feature or fold id: <see cref="MissingValuePolicy.ListwiseDeletion"/> (the default) leaves them out and reports their lines in the result; <see cref="MissingValuePolicy.Error"/> stops at the first, naming its file, line and column.</param>
/// <param name="MaxDegreeOfParallelism">Fits at once; null means one per core.</param>
public sealed record TableComparisonOptions(
    string TrainPath,
    string Outcome,
    string? TestPath = null,
    string? Positive = null,
    IReadOnlyList<string>? Features = null,
    IReadOnlyList<string>? Learners = null,
    int Folds = 5,
    string? FoldsFrom = null,
    int Seed = 0,
    bool Standardize = false,
    IReadOnlyList<string>? Select = null,
    IReadOnlyList<ComparisonProtocol>? Protocols = null,
    MissingValuePolicy Missing = MissingValuePolicy.ListwiseDeletion,
    int? MaxDegreeOfParallelism = null);
