namespace DlRadiomics.Learning.Evaluation;

/// <summary>
/// The learners by short name, with their default settings (scikit-learn 1.2 / xgboost 1.7 / LightGBM defaults), and
/// the search grids <see cref="HyperParameterSearch"/> uses for them.
/// </summary>
public static class Learners
{
    /// <summary>Per short name, the default learner for a seed and a thread count per fit (null: the learner's own default; the comparison already runs fits in parallel).</summary>
    private static readonly Dictionary<string, Func<int, int?, ILearner>> Defaults = new(StringComparer.Ordinal)
    {
        ["lr"] = (_, _) => new LogisticRegressionLearner(),
        ["svm"] = (seed, _) => new SupportVectorLearner(Seed: seed),
        ["knn"] = (_, _) => new NearestNeighboursLearner(),
        ["dt"] = (seed, _) => new DecisionTreeLearner(Seed: seed),
        ["rf"] = (seed, threads) => new RandomForestLearner(Seed: seed, MaxDegreeOfParallelism: threads ?? -1),
        ["et"] = (seed, threads) => new ExtraTreesLearner(Seed: seed, MaxDegreeOfParallelism: threads ?? -1),
        ["xgb"] = (seed, threads) => new XGBoostLearner(Seed: seed, Threads: threads ?? 1),
        ["mlp"] = (seed, _) => new MlpLearner(Seed: seed),
        ["lgbm"] = (seed, threads) => new LightGbmLearner(Seed: seed, Threads: threads ?? 1),
    };

    /// <summary>Per short name, the candidates of a search for a seed and a thread count.</summary>
    private static readonly Dictionary<string, Func<int, int?, IReadOnlyList<ILearner>>> Grids = new(StringComparer.Ordinal)
    {
        ["lr"] = (_, _) => [.. new[] { 0.01, 0.1, 1, 10 }.Select(c => new LogisticRegressionLearner(C: c))],
        ["svm"] = (seed, _) => [.. from c in new[] { 0.1, 1, 10 } from g in new double?[] { null, 0.01, 0.1 } select new SupportVectorLearner(C: c, Gamma: g, Seed: seed)],
        ["knn"] = (_, _) => [.. new[] { 3, 5, 9, 15 }.Select(k => new NearestNeighboursLearner(K: k))],
        ["rf"] = (seed, threads) => [.. from trees in new[] { 100, 300 } from depth in new int?[] { null, 4, 8 }
            select new RandomForestLearner(Trees: trees, MaxDepth: depth, Seed: seed, MaxDegreeOfParallelism: threads ?? -1)],
        ["et"] = (seed, threads) => [.. from trees in new[] { 100, 300 } from depth in new int?[] { null, 4, 8 }
            select new ExtraTreesLearner(Trees: trees, MaxDepth: depth, Seed: seed, MaxDegreeOfParallelism: threads ?? -1)],
        ["xgb"] = (seed, threads) => [.. from rounds in new[] { 100, 300 } from depth in new[] { 3, 6 } from rate in new[] { 0.05, 0.3 }
            select new XGBoostLearner(Rounds: rounds, MaxDepth: depth, LearningRate: rate, Seed: seed, Threads: threads ?? 1)],
        ["lgbm"] = (seed, threads) => [.. from rounds in new[] { 100, 300 } from depth in new[] { 3, -1 } from rate in new[] { 0.05, 0.1 }
            select new LightGbmLearner(Rounds: rounds, MaxDepth: depth, LearningRate: rate, Seed: seed, Threads: threads ?? 1)],
    };

    /// <summary>The short names this library has learners for, in the studies' order.</summary>
    public static IReadOnlyList<string> Names => Order.Where(Defaults.ContainsKey).ToArray();

    /// <summary>The studies' nine learners in their order.</summary>
    public static IReadOnlyList<string> Order { get; } = ["lr", "svm", "knn", "dt", "rf", "et", "xgb", "mlp", "lgbm"];

    /// <summary>The learner <paramref name="name"/> with default settings; <paramref name="seed"/> seeds the stochastic ones.</summary>
    /// <param name="name">Short name (lr, svm, knn, dt, rf, et, xgb, mlp, lgbm).</param>
    /// <param name="seed">Seed of the learners with random steps.</param>
    /// <param name="threads">Threads per fit of the learners that use several (forests, boosters); null leaves their default (forests: all cores; boosters: one).</param>
    /// <exception cref="LearnerInputException">An unknown name, listing the known ones.</exception>
    public static ILearner Create(string name, int seed = 0, int? threads = null) =>
        Defaults.TryGetValue(name, out var make) ? make(seed, threads)
        : throw new LearnerInputException($"unknown learner '{name}'; known: {string.Join(", ", Names)}");

    /// <summary>
    /// The settings a search tries for <paramref name="name"/>: LR C ∈ {0.01, 0.1, 1, 10}; SVM C ∈ {0.1, 1, 10} ×
    /// γ ∈ {scale, 0.01, 0.1}; KNN k ∈ {3, 5, 9, 15}; RF/ET trees ∈ {100, 300} × depth ∈ {none, 4, 8}; boosters
    /// rounds ∈ {100, 300} × depth × learning rate (XGBoost depth {3, 6}, rate {0.05, 0.3}; LightGBM depth {3, none}, rate {0.05, 0.1}).
    /// </summary>
    /// <exception cref="LearnerInputException">A learner without a search grid.</exception>
    public static IReadOnlyList<ILearner> Grid(string name, int seed = 0, int? threads = null) =>
        Grids.TryGetValue(name, out var make) ? make(seed, threads)
        : throw new LearnerInputException($"no search grid for learner '{name}'; grids exist for {string.Join(", ", Order.Where(Grids.ContainsKey))}");

    /// <summary>Whether <paramref name="name"/> has a search grid.</summary>
    public static bool HasGrid(string name) => Grids.ContainsKey(name);
}
