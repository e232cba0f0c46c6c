using DlRadiomics.Statistics.Validation;

namespace DlRadiomics.Learning;

/// <summary>
/// Grows the trees of a random forest or an extra-trees ensemble as scikit-learn's <c>BaseForest.fit</c> seeds them:
/// tree t's seed s_t is the t-th draw of <c>RandomState(seed).randint(2³¹ − 1)</c>; with bootstrap, its rows are
/// weighted by how often n draws of <c>RandomState(s_t).randint(0, n, n)</c> picked them; its splitter state is the first
/// draw of another <c>RandomState(s_t)</c>. Every tree depends on its own seed only, so the trees can grow in any
/// order on any number of threads and the forest is the same.
/// </summary>
internal static class Forest
{
    /// <summary>Checks the settings, then grows the forest (<paramref name="randomThresholds"/>: extra trees) on <paramref name="x"/>.</summary>
    /// <exception cref="LearnerInputException">A setting out of range (naming the value received) or bad training data.</exception>
    public static ForestModel Fit(ILearner options, double[][] x, IReadOnlyList<int> y, int trees, int? maxDepth, int minSamplesSplit,
        int minSamplesLeaf, MaxFeatures maxFeatures, bool bootstrap, int seed, int maxDegreeOfParallelism, bool randomThresholds)
    {
        string learner = options.Name;
        LearnerInput.CheckOption(learner, trees >= 1, "Trees", trees, "at least 1");
        LearnerInput.CheckOption(learner, seed >= 0, "Seed", seed, "0 or more");
        LearnerInput.CheckOption(learner, maxDegreeOfParallelism is -1 or >= 1, "MaxDegreeOfParallelism", maxDegreeOfParallelism,
            "-1 (all cores) or at least 1");
        int features = LearnerInput.CheckTraining(learner, x, y);
        var growth = TreeGrowth.Create(learner, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, randomThresholds, features);
        var data = TreeTrainingData.Create(learner, x, y, presort: !randomThresholds);
        return new ForestModel(options, Grow(data, growth, trees, bootstrap, seed, maxDegreeOfParallelism), features);
    }

    /// <summary>The hyper-parameters both forests report, in scikit-learn's names.</summary>
    public static Dictionary<string, string> HyperParameters(int trees, int? maxDepth, int minSamplesSplit, int minSamplesLeaf,
        MaxFeatures maxFeatures, bool bootstrap, int seed, int maxDegreeOfParallelism) => new()
    {
        ["n_estimators"] = ModelJson.Format(trees),
        ["criterion"] = "gini",
        ["max_depth"] = TreeGrowth.Text(maxDepth),
        ["min_samples_split"] = ModelJson.Format(minSamplesSplit),
        ["min_samples_leaf"] = ModelJson.Format(minSamplesLeaf),
        ["max_features"] = TreeGrowth.Text(maxFeatures),
        ["bootstrap"] = ModelJson.Format(bootstrap),
        ["random_state"] = ModelJson.Format(seed),
        ["n_jobs"] = ModelJson.Format(maxDegreeOfParallelism),
    };

    /// <summary>Grows <paramref name="trees"/> trees on <paramref name="data"/>, at most <paramref name="maxDegreeOfParallelism"/> at a time.</summary>
    private static ClassificationTree[] Grow(TreeTrainingData data, TreeGrowth growth, int trees, bool bootstrap, int seed, int maxDegreeOfParallelism)
    {
        var random = new NumpyRandomState((uint)seed);
        var seeds = new uint[trees];
        for (int t = 0; t < trees; t++) seeds[t] = random.NextInterval(TreeRandom.Max - 1);
        var grown = new ClassificationTree[trees];
        int n = data.Rows;
        Parallel.For(0, trees, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => (Builder: new TreeBuilder(data, growth), Weights: new int[n]),
            (t, _, local) =>
            {
                var weights = local.Weights;
                if (bootstrap)
                {
                    Array.Clear(weights);
                    var draws = new NumpyRandomState(seeds[t]);
                    for (int i = 0; i < n; i++) weights[draws.NextInt(n)] += 1;
                }
                else Array.Fill(weights, 1);
                grown[t] = local.Builder.Grow(weights, new NumpyRandomState(seeds[t]).NextInterval(TreeRandom.Max - 1));
                return local;
            },
            _ => { });
        return grown;
    }
}
