namespace DlRadiomics.Learning;

/// <summary>How far a tree grows and how it splits, resolved for a data set of a given width.</summary>
/// <param name="MaxDepth">Deepest node allowed; int.MaxValue for no limit (<c>max_depth=None</c>).</param>
/// <param name="MinSamplesSplit">Rows a node needs to be split: max(<c>min_samples_split</c>, 2·<c>min_samples_leaf</c>), as scikit-learn.</param>
/// <param name="MinSamplesLeaf">Rows each child must keep.</param>
/// <param name="CandidateFeatures">Features drawn as candidates at each node.</param>
/// <param name="RandomThresholds">One uniform random threshold per candidate feature (extra trees) instead of the best one.</param>
internal sealed record TreeGrowth(int MaxDepth, int MinSamplesSplit, int MinSamplesLeaf, int CandidateFeatures, bool RandomThresholds)
{
    /// <summary>Checks the settings, naming the one received, and resolves them for <paramref name="featureCount"/> features.</summary>
    /// <exception cref="LearnerInputException">A depth, split or leaf size out of range.</exception>
    public static TreeGrowth Create(string learner, int? maxDepth, int minSamplesSplit, int minSamplesLeaf, MaxFeatures maxFeatures,
        bool randomThresholds, int featureCount)
    {
        LearnerInput.CheckOption(learner, maxDepth is null or >= 1, "MaxDepth", (object?)maxDepth ?? "null", "null (no limit) or at least 1");
        LearnerInput.CheckOption(learner, minSamplesSplit >= 2, "MinSamplesSplit", minSamplesSplit, "at least 2");
        LearnerInput.CheckOption(learner, minSamplesLeaf >= 1, "MinSamplesLeaf", minSamplesLeaf, "at least 1");
        LearnerInput.CheckOption(learner, Enum.IsDefined(maxFeatures), "MaxFeatures", maxFeatures, "All, Sqrt or Log2");
        int candidates = maxFeatures switch
        {
            MaxFeatures.Sqrt => Math.Max(1, (int)Math.Sqrt(featureCount)),
            MaxFeatures.Log2 => Math.Max(1, (int)Math.Log2(featureCount)),
            _ => featureCount,
        };
        return new TreeGrowth(maxDepth ?? int.MaxValue, Math.Max(minSamplesSplit, 2 * minSamplesLeaf), minSamplesLeaf, candidates, randomThresholds);
    }

    /// <summary>scikit-learn's spelling of a depth limit: the number, or None.</summary>
    public static string Text(int? maxDepth) => maxDepth is int depth ? ModelJson.Format(depth) : "None";

    /// <summary>scikit-learn's spelling of <paramref name="rule"/>: None, sqrt or log2.</summary>
    public static string Text(MaxFeatures rule) => rule == MaxFeatures.All ? "None" : rule.ToString().ToLowerInvariant();
}
